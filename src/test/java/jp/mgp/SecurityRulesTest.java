package jp.mgp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What docs/SECURITY.md promises about the code as a whole: no JSON type names that choose a Java class, and no
 * XML parser of mgp's own (the only XML read is a template's, through the Office reader, after the DOCTYPE check
 * that PptxTemplateTest proves).
 */
@AnalyzeClasses(packages = "jp.mgp", importOptions = ImportOption.DoNotIncludeTests.class)
class SecurityRulesTest {

    @ArchTest
    static final ArchRule noPolymorphicTyping = noClasses()
            .should().callMethod(com.fasterxml.jackson.databind.ObjectMapper.class, "activateDefaultTyping",
                    com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator.class)
            .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                            "activateDefaultTyping.*|enableDefaultTyping.*|setDefaultTyping|"
                                    + "activateDefaultTypingAsProperty")))
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo")
            .because("a file must never name the Java class it is read into");

    @ArchTest
    static final ArchRule noXmlParsersOfOurOwn = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("javax.xml.parsers.DocumentBuilderFactory")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.xml.parsers.SAXParserFactory")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.xml.stream.XMLInputFactory")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.xml.transform.TransformerFactory")
            .because("an XML parser set up by hand is where external entities get in");
}
