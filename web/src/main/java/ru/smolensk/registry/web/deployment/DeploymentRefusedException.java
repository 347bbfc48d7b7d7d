package ru.smolensk.registry.web.deployment;

/** The server's settings are refused (see {@link DeploymentSettings#refusal()}); the application does not start. */
public class DeploymentRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public DeploymentRefusedException(String reason) {
        super(reason);
    }
}
