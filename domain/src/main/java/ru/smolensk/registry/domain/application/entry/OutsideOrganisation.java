package ru.smolensk.registry.domain.application.entry;

import ru.smolensk.registry.domain.application.AccessDeniedException;

/** An operator writes only the entries of their own organisation (HTTP 403, fault {@code ACCESS_DENIED}). */
public class OutsideOrganisation extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    public static final String CODE = "outside-organisation";

    public OutsideOrganisation() {
        super(CODE, "Изменять мероприятия может только оператор своей организации или координатор");
    }
}
