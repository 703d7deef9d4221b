package io.newsreaction.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of STYLE.md, checked on the compiled service classes (tests excluded), so
 * they hold by themselves rather than by discipline.
 */
class LayeringTest {
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.newsreaction");

    @Test
    void shouldKeepTheMathAndTheRoutingFreeOfKafka() {
        noClasses().that().resideInAnyPackage("io.newsreaction.reaction..", "io.newsreaction.market..", "io.newsreaction.routing..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
                .because("the reaction semantics are plain Java, testable and reusable without a broker")
                .check(SERVICE);
    }

    @Test
    void shouldBuildTheTopologyWithoutTheRuntimeTheCommandsOrTheConfigurationLoaders() {
        noClasses().that().resideInAPackage("io.newsreaction.topology..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsreaction.runtime..", "io.newsreaction.cli..",
                        "io.newsreaction.config..", "io.newsreaction.bench..", "io.newsreaction.demo..")
                .because("the topology is a pure function of settings and serdes")
                .check(SERVICE);
    }

    @Test
    void shouldLetOnlyTheBenchCommandReachTheBench() {
        noClasses().that().resideOutsideOfPackages("io.newsreaction.bench..").and().doNotHaveFullyQualifiedName("io.newsreaction.cli.BenchCommand")
                .should().dependOnClassesThat().resideInAPackage("io.newsreaction.bench..")
                .because("the service does not depend on its benchmark")
                .check(SERVICE);
    }

    @Test
    void shouldHaveNoCycleBetweenPackages() {
        slices().matching("io.newsreaction.(*)..").should().beFreeOfCycles().check(SERVICE);
    }
}
