package jp.mgp.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the window on headless JavaFX (TestFX on Monocle): tagged "ui", so that Maven runs these in
 * a run of their own after the unit tests, and {@code mvn test -Punit} leaves them out (pom.xml, surefire).
 * {@code UiTestsTaggedTest} checks that every test class TestFX drives carries it. It loads the bundled font into
 * JavaFX first ({@link BundledFont}), as mgp does, so that the tests run on a machine without fonts too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("ui")
@ExtendWith(BundledFont.class)
@interface UiTest {
}
