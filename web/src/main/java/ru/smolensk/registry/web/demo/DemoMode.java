package ru.smolensk.registry.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the server runs in demo mode: the server variable {@code app.mode} is {@code demo} (set by
 * the README's run command together with the embedded database and the demo accounts).
 */
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "app.mode", defaultValue = "production")
    String mode;

    public boolean isOn() {
        return "demo".equalsIgnoreCase(mode);
    }
}
