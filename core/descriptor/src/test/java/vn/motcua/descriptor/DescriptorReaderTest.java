package vn.motcua.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.ProcedureDefinition;

class DescriptorReaderTest {
    private final DescriptorReader reader = new DescriptorReader();

    static String resource(String name) {
        try (InputStream in = DescriptorReaderTest.class.getResourceAsStream("/descriptors/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private DescriptorResult read(String yaml) {
        return reader.read("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String dump(DescriptorResult r) {
        return r.problems().stream().map(DescriptorProblem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void printsProblems() {
        DescriptorResult r = read(resource("valid.yaml"));
        System.out.println(dump(r));
        assertTrue(r.isValid(), dump(r));
    }
}
