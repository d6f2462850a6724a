package vn.civic;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rules the module verification does not cover: entities and repositories stay inside their module (out of its
 * API package, used by nobody else), and no code calls {@code new RuntimeException}.
 */
class ArchitectureTests {

    static final String BASE = "vn.civic";
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    static final DescribedPredicate<JavaClass> PERSISTENCE_TYPES = DescribedPredicate.describe(
            "entities and repositories",
            c -> c.isAnnotatedWith(Entity.class)
                    || c.isAnnotatedWith(Embeddable.class)
                    || c.isAssignableTo(Repository.class));

    static String moduleOf(JavaClass c) {
        String rest = c.getPackageName().substring(BASE.length());
        if (!rest.startsWith(".")) {
            return "";
        }
        int dot = rest.indexOf('.', 1);
        return dot < 0 ? rest.substring(1) : rest.substring(1, dot);
    }

    static boolean isModuleRoot(JavaClass c) {
        return c.getPackageName().equals(BASE + "." + moduleOf(c));
    }

    @Test
    void entitiesAndRepositoriesLiveInsideTheirModule() {
        classes()
                .that(PERSISTENCE_TYPES)
                .should(new ArchCondition<>("live in a sub-package of their module, not in its API package") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        if (moduleOf(item).isEmpty() || isModuleRoot(item)) {
                            events.add(SimpleConditionEvent.violated(item, item.getName() + " is in an API package"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void entitiesAndRepositoriesAreUsedOnlyByTheirOwnModule() {
        classes()
                .that(PERSISTENCE_TYPES)
                .should(new ArchCondition<>("be used only by their own module") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String module = moduleOf(item);
                        item.getAccessesToSelf().stream()
                                .map(a -> a.getOriginOwner())
                                .filter(origin -> !moduleOf(origin).equals(module))
                                .forEach(origin -> events.add(SimpleConditionEvent.violated(
                                        item,
                                        origin.getName() + " (module " + moduleOf(origin) + ") uses "
                                                + item.getName())));
                        item.getDirectDependenciesToSelf().stream()
                                .map(d -> d.getOriginClass())
                                .filter(origin -> !moduleOf(origin).equals(module))
                                .forEach(origin -> events.add(SimpleConditionEvent.violated(
                                        item, origin.getName() + " depends on " + item.getName())));
                    }
                })
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void restControllersServeUnderApi() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("..api..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void noGenericRuntimeExceptions() {
        noClasses()
                .that()
                .areNotAssignableTo(RuntimeException.class) // typed exceptions call their super constructor
                .should()
                .callConstructor(RuntimeException.class, String.class)
                .orShould()
                .callConstructor(RuntimeException.class, String.class, Throwable.class)
                .check(CLASSES);
    }
}
