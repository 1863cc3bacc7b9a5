package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The server reads the JVM's setting for huge methods as the JVM was started. */
class HugeMethodsTest {
    @Test
    void reports_whether_this_jvm_was_started_with_the_flag() {
        boolean flag = ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:-DontCompileHugeMethods");
        assertEquals(Boolean.toString(flag), LinkedDataServer.compilesHugeMethods());
    }
}
