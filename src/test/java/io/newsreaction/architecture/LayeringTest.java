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
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
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
                .should().dependOnClassesThat().resideInAnyPackage("io.newsreaction.runtime..", "io.newsreaction.query..",
                        "io.newsreaction.client..", "io.newsreaction.cli..", "io.newsreaction.config..", "io.newsreaction.bench..",
                        "io.newsreaction.demo..")
                .because("the topology is a pure function of settings and serdes")
                .check(SERVICE);
    }

    @Test
    void shouldLetOnlyTheBenchCommandReachTheBench() {
        noClasses().that().resideOutsideOfPackages("io.newsreaction.bench..").and()
                .doNotHaveFullyQualifiedName("io.newsreaction.cli.BenchCommand")
                .should().dependOnClassesThat().resideInAPackage("io.newsreaction.bench..")
                .because("the service does not depend on its benchmark")
                .check(SERVICE);
    }

    @Test
    void shouldKeepTheBenchBelowTheEntryPointAndTheCommands() {
        noClasses().that().resideInAPackage("io.newsreaction.bench..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.newsreaction.Main")
                .orShould().dependOnClassesThat().resideInAPackage("io.newsreaction.cli..")
                .because("the bench command drives the bench, never the other way; its child JVM runs the application jar")
                .check(SERVICE);
    }

    @Test
    void shouldKeepTheClientHelpersFreeOfTheService() {
        noClasses().that().resideInAPackage("io.newsreaction.client..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsreaction.runtime..", "io.newsreaction.query..",
                        "io.newsreaction.topology..", "io.newsreaction.cli..", "io.newsreaction.demo..", "io.newsreaction.bench..")
                .because("the client helpers are plain producer, consumer and admin code that demo, replay, ingest and bench share")
                .check(SERVICE);
    }

    @Test
    void shouldAnswerQueriesWithoutTheLifecycleOrTheCommands() {
        noClasses().that().resideInAPackage("io.newsreaction.query..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsreaction.runtime..", "io.newsreaction.cli..",
                        "io.newsreaction.demo..", "io.newsreaction.bench..")
                .because("interactive queries and the HTTP API see a running KafkaStreams only through StreamsView")
                .check(SERVICE);
    }

    @Test
    void shouldKeepTheDemoToTheDemoCommand() {
        noClasses().that().resideOutsideOfPackages("io.newsreaction.demo..").and()
                .doNotHaveFullyQualifiedName("io.newsreaction.cli.DemoCommand")
                .should().dependOnClassesThat().resideInAPackage("io.newsreaction.demo..")
                .because("the bundled DeepSeek-R1 week, its entity map and its routing are the demo's, not the service's")
                .check(SERVICE);
    }

    @Test
    void shouldHaveNoCycleBetweenPackages() {
        slices().matching("io.newsreaction.(*)..").should().beFreeOfCycles().check(SERVICE);
    }
}
