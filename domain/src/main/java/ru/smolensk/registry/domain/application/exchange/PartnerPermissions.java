package ru.smolensk.registry.domain.application.exchange;

/** Which operations each partner system may call (server configuration; all by default). */
public interface PartnerPermissions {

    boolean mayCall(String partner, String operation);
}
