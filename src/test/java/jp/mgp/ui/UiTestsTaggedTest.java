package jp.mgp.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.Arrays;

import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.ApplicationTest;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every test class that TestFX drives is tagged "ui" (through {@link UiTest}), so that it runs in the window tests'
 * run and {@code mvn test -Punit} leaves it out: a new window test without the tag would run among the unit tests.
 */
@AnalyzeClasses(packages = "jp.mgp", importOptions = ImportOption.OnlyIncludeTests.class)
class UiTestsTaggedTest {

    private static final DescribedPredicate<JavaClass> DRIVEN_BY_TESTFX =
            DescribedPredicate.describe("are driven by TestFX", UiTestsTaggedTest::drivenByTestFx);

    @ArchTest
    static final ArchRule windowTestsAreTaggedUi = classes().that(DRIVEN_BY_TESTFX)
            .should().beAnnotatedWith(UiTest.class);

    private static boolean drivenByTestFx(JavaClass type) {
        if (type.isAssignableTo(ApplicationTest.class)) {
            return true;
        }
        return type.tryGetAnnotationOfType(ExtendWith.class)
                .map(extend -> Arrays.asList(extend.value()).contains(ApplicationExtension.class))
                .orElse(false);
    }

}
