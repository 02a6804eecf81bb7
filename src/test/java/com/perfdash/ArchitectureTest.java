package com.perfdash;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Views call services; only services and queries touch Jdbi and SQL; the features (catalog, compare,
 * export, importer, ingest, overview, projects, review, security, units, warehouse) build on {@code base}
 * and on each other without a loop, and {@code base} builds on none of them.
 */
class ArchitectureTest {

    // The compiled main classes only, their dependencies not resolved from the classpath
    // (src/test/resources/archunit.properties): scanning the whole classpath takes seconds.
    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void views_do_not_touch_jdbi_or_jdbc() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.duckdb..")
                .check(CLASSES);
    }

    @Test
    void views_do_not_call_queries_interfaces_directly() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Queries")
                .check(CLASSES);
    }

    @Test
    void feature_packages_depend_on_each_other_without_cycles() {
        slices().matching("com.perfdash.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void base_depends_on_no_feature() {
        DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> feature = resideInAPackage("com.perfdash..")
                .and(DescribedPredicate.not(resideInAPackage("com.perfdash.base..")))
                .as("a class of a feature package");
        noClasses().that().resideInAPackage("com.perfdash.base..")
                .should().dependOnClassesThat(feature)
                .check(CLASSES);
    }
}
