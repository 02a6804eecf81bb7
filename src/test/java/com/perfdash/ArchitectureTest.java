package com.perfdash;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Views call services; only services and queries touch Jdbi and SQL. */
class ArchitectureTest {

    // The compiled main classes only: scanning the whole classpath for the package takes seconds.
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
}
