package jp.mgp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers' directions: model and engine know nothing of JavaFX, files or the command line. */
@AnalyzeClasses(packages = "jp.mgp", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelAndEngineHaveNoJavaFx = noClasses().that()
            .resideInAnyPackage("jp.mgp.model..", "jp.mgp.engine..", "jp.mgp.edit..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule modelKnowsOnlyItself = noClasses().that().resideInAPackage("jp.mgp.model..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.mgp.engine..", "jp.mgp.io..", "jp.mgp.ui..",
                    "jp.mgp.cli..", "jp.mgp.app..", "com.fasterxml..", "org.apache..");

    @ArchTest
    static final ArchRule engineDoesNotReachOutwards = noClasses().that().resideInAPackage("jp.mgp.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.mgp.io..", "jp.mgp.ui..", "jp.mgp.cli..",
                    "jp.mgp.app..", "com.fasterxml..");

    @ArchTest
    static final ArchRule ioAndCliHaveNoUi = noClasses().that().resideInAnyPackage("jp.mgp.io..", "jp.mgp.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.mgp.ui..", "jp.mgp.app..", "javafx..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("jp.mgp.(*)..").should().beFreeOfCycles();
}
