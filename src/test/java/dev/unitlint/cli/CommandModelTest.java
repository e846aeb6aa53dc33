package dev.unitlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The picocli model a run builds from the file generated at build time ({@link CommandModel})
 * is picocli's own model of the annotations: same help, same options, parameters and groups.
 */
class CommandModelTest {

    @Test
    void everyCommandIsInTheGeneratedModel() throws IOException {
        try (InputStream in = CommandModel.class.getResourceAsStream(CommandModel.RESOURCE)) {
            assertNotNull(in, "the build step (exec-maven-plugin, process-classes) did not write " + CommandModel.RESOURCE);
            String model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(model.contains("model=reflect"), "a command uses what CommandModel does not carry over, so"
                    + " runs build its model by reflection (slow start-up); the build's warning says what:\n" + model);
        }
    }

    @Test
    void theModelBuiltFromTheFileIsPicocliModelOfTheAnnotations() throws Exception {
        for (Class<?> command : CommandModel.commandClasses()) {
            CommandSpec annotated = CommandSpec.forAnnotatedObject(command.getDeclaredConstructor().newInstance());
            CommandSpec generated = CommandModel.fromFile(command.getDeclaredConstructor().newInstance());
            assertNull(CommandModel.difference(annotated, generated), command.getName());
            assertEquals(annotated.name(), CommandModel.name(command));
        }
    }
}
