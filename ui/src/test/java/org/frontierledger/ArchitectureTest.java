package org.frontierledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of DESIGN.md and STYLE.md, as rules over the compiled classes. */
class ArchitectureTest {
    /** A module's internal packages: {@code org.frontierledger.<module>.internal[.*]}. */
    private static final Pattern INTERNAL_PACKAGE =
            Pattern.compile("org\\.frontierledger\\.([a-z]+)\\.internal(\\..*)?");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // other modules' test jars (fixtures, and tests beside the classes they test) are not main code
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.frontierledger");
    }

    /**
     * A module's {@code internal} packages are its own: no other module (and not the application)
     * uses them. The modules with internals are found in the classes, so a new one is guarded too.
     */
    @Test
    void no_module_uses_another_modules_internals() {
        Set<String> modules = new TreeSet<>();
        for (JavaClass type : classes) {
            Matcher internal = INTERNAL_PACKAGE.matcher(type.getPackageName());
            if (internal.matches()) {
                modules.add(internal.group(1));
            }
        }
        assertThat(modules).contains("eventstore", "ingestion", "search");
        // the benchmarks, a module of their own, are held to the same rule
        assertThat(classes.containPackage("org.frontierledger.bench.search")).isTrue();
        for (String module : modules) {
            String root = "org.frontierledger." + module;
            noClasses()
                    .that()
                    .resideOutsideOfPackage(root + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(root + ".internal..")
                    .because("only " + module + " itself may use " + root + ".internal")
                    .check(classes);
        }
    }

    @Test
    void projections_and_search_never_depend_on_ingestion_or_each_other() {
        noClasses()
                .that()
                .resideInAPackage("org.frontierledger.projections..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.frontierledger.ingestion..", "org.frontierledger.search..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.frontierledger.search..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.frontierledger.ingestion..", "org.frontierledger.projections..")
                .check(classes);
    }

    @Test
    void read_models_never_send_commands() {
        noClasses()
                .that()
                .resideInAnyPackage("org.frontierledger.projections..", "org.frontierledger.search..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.axonframework.commandhandling.gateway.CommandGateway")
                .check(classes);
    }

    @Test
    void only_search_uses_lucene_only_ingestion_uses_jsoup_only_ui_uses_vaadin() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.frontierledger.search..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackage("org.frontierledger.ingestion..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jsoup..")
                .check(classes);
        ArchRule vaadin = noClasses()
                .that()
                .resideInAnyPackage(
                        "org.frontierledger.eventstore..",
                        "org.frontierledger.ingestion..",
                        "org.frontierledger.projections..",
                        "org.frontierledger.search..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..");
        vaadin.check(classes);
    }

    @Test
    void event_records_depend_on_nothing_but_the_jdk_axon_annotations_and_each_other() {
        classes()
                .that()
                .resideInAPackage("org.frontierledger.eventstore.event..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.frontierledger.eventstore.event..",
                        "org.frontierledger.eventstore.id..",
                        "org.axonframework.serialization..",
                        "org.jspecify.annotations..")
                .check(classes);
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("org.frontierledger.(*)..").should().beFreeOfCycles().check(classes);
    }
}
