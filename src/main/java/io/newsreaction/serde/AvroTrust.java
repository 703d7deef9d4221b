package io.newsreaction.serde;

import org.apache.avro.util.ClassSecurityValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trusts the generated classes of {@value #TRUSTED_PACKAGE}, which Avro 1.12.2 refuses to
 * instantiate otherwise, by extending (never replacing) the global {@link ClassSecurityValidator}.
 */
public final class AvroTrust {

    /** Package of the classes generated from {@code schemas/*.avsc}. */
    public static final String TRUSTED_PACKAGE = "io.newsreaction.avro";

    private static final Logger log = LoggerFactory.getLogger(AvroTrust.class);
    private static boolean installed;

    private AvroTrust() {
    }

    /** Installs the trust once per JVM; later calls do nothing. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.ClassSecurityPredicate current = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(current, AvroTrust::isGenerated));
        installed = true;
        log.debug("Trusting Avro classes of package {}", TRUSTED_PACKAGE);
    }

    static boolean isGenerated(Class<?> type) {
        return type.getName().startsWith(TRUSTED_PACKAGE + ".");
    }
}
