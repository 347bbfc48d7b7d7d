package ru.smolensk.registry.domain.application;

/** Application roles, as declared in the web module and bound to groups in the server configuration. */
public enum Role {
    /** Manages reference data and accounts. */
    ADMIN,
    /** The regional department that consolidates and approves plans and reports. */
    COORDINATOR,
    /** Staff of one organisation: enters, imports and submits its plans and reports. */
    OPERATOR,
    /** A partner system (federal, Union State) calling the exchange endpoint. */
    EXCHANGE;

    /** Role names as used in {@code @RolesAllowed} and the server's role bindings. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String EXCHANGE_NAME = "EXCHANGE";
}
