package jp.mgp.presentation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The wording and theme sit below the charts, the exports and the window, so each of them can use it: it knows
 * the model, the engine's results and the bundles, never the packages that draw or write, nor JavaFX.
 */
@AnalyzeClasses(packages = "jp.mgp", importOptions = ImportOption.DoNotIncludeTests.class)
class PresentationLayerTest {

    @ArchTest
    static final ArchRule belowChartsExportsAndWindow = noClasses().that().resideInAPackage("jp.mgp.presentation..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.mgp.chart..", "jp.mgp.io..", "jp.mgp.ui..",
                    "jp.mgp.app..", "jp.mgp.cli..", "javafx..", "org.jfree.chart.fx..");

    @ArchTest
    static final ArchRule onlyThePresentationPackageMakesAChartTheme = noClasses().that()
            .resideOutsideOfPackage("jp.mgp.presentation..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.jfree.chart.StandardChartTheme");
}
