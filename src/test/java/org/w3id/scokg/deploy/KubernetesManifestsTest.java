package org.w3id.scokg.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests in {@code deploy/k8s}, read as YAML: replicas, probes, resources and the
 * security context a public replica needs. Where {@code kubectl} is installed, they are also
 * rendered with {@code kubectl kustomize} and the rendered objects checked; without it that test is
 * skipped (and JUnit says so).
 */
class KubernetesManifestsTest {
    private static final Path K8S = Path.of("deploy/k8s");

    private static Map<String, Object> read(String file) throws IOException {
        try (InputStream in = Files.newInputStream(K8S.resolve(file))) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... path) {
        Object current = node;
        for (String step : path) {
            assertNotNull(current, "missing " + String.join(".", path));
            current = current instanceof List<?> list ? list.get(Integer.parseInt(step)) : ((Map<String, Object>) current).get(step);
        }
        assertNotNull(current, "missing " + String.join(".", path));
        return (T) current;
    }

    @Test
    void the_deployment_runs_two_replicas_or_more_ready_only_once_the_graph_is_served() throws IOException {
        Map<String, Object> deployment = read("deployment.yaml");
        assertTrue(KubernetesManifestsTest.<Integer>at(deployment, "spec", "replicas") >= 2);
        assertEquals(0, KubernetesManifestsTest.<Integer>at(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable"));
        Object container = at(deployment, "spec", "template", "spec", "containers", "0");
        assertEquals("/$/ready", at(container, "readinessProbe", "httpGet", "path"));
        assertEquals("/$/ready", at(container, "startupProbe", "httpGet", "path"));
        assertEquals("/$/ping", at(container, "livenessProbe", "httpGet", "path"));
        assertEquals("http", at(container, "readinessProbe", "httpGet", "port"));
        assertEquals(3030, KubernetesManifestsTest.<Integer>at(container, "ports", "0", "containerPort"));
    }

    @Test
    void clients_behind_the_ingress_are_told_apart_and_metrics_have_a_port_the_service_does_not_expose() throws IOException {
        Map<String, Object> deployment = read("deployment.yaml");
        Object container = at(deployment, "spec", "template", "spec", "containers", "0");
        List<String> args = at(container, "args");
        assertTrue(args.indexOf("--trusted-proxy") >= 0 && args.indexOf("--trusted-proxy") + 1 < args.size(), args.toString());
        String adminPort = args.get(args.indexOf("--admin-port") + 1);
        List<Map<String, Object>> ports = at(container, "ports");
        assertTrue(ports.stream().anyMatch(p -> "metrics".equals(p.get("name")) && adminPort.equals(String.valueOf(p.get("containerPort")))), ports.toString());
        assertEquals(adminPort, at(deployment, "spec", "template", "metadata", "annotations", "prometheus.io/port"));
        List<Map<String, Object>> exposed = at(read("service.yaml"), "spec", "ports");
        assertTrue(exposed.stream().noneMatch(p -> "metrics".equals(p.get("targetPort")) || adminPort.equals(String.valueOf(p.get("targetPort")))), exposed.toString());
    }

    @Test
    void the_container_asks_for_and_is_held_to_cpu_and_memory() throws IOException {
        Object resources = at(read("deployment.yaml"), "spec", "template", "spec", "containers", "0", "resources");
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) assertNotNull(at(resources, kind, resource), kind + " " + resource);
        }
    }

    @Test
    void the_container_runs_as_non_root_on_a_read_only_root_without_privileges_or_capabilities() throws IOException {
        Map<String, Object> deployment = read("deployment.yaml");
        Object pod = at(deployment, "spec", "template", "spec");
        Object container = at(pod, "containers", "0");
        assertEquals(Boolean.TRUE, at(pod, "securityContext", "runAsNonRoot"));
        assertTrue(KubernetesManifestsTest.<Integer>at(pod, "securityContext", "runAsUser") > 0);
        assertEquals(Boolean.TRUE, at(container, "securityContext", "runAsNonRoot"));
        assertEquals(Boolean.TRUE, at(container, "securityContext", "readOnlyRootFilesystem"));
        assertEquals(Boolean.FALSE, at(container, "securityContext", "allowPrivilegeEscalation"));
        assertEquals(List.of("ALL"), at(container, "securityContext", "capabilities", "drop"));
        // What serve writes (the dumps, beside --data; temporary files) is on volumes, not the read-only root.
        List<Map<String, Object>> mounts = at(container, "volumeMounts");
        List<String> paths = mounts.stream().map(m -> (String) m.get("mountPath")).toList();
        assertTrue(paths.contains("/tmp"), paths.toString());
        List<String> args = at(container, "args");
        String data = args.get(args.indexOf("--data") + 1);
        assertTrue(paths.stream().anyMatch(p -> data.startsWith(p + "/")), data + " is below a volume: " + paths);
    }

    @Test
    void the_autoscaler_and_the_disruption_budget_keep_replicas_up() throws IOException {
        Map<String, Object> hpa = read("hpa.yaml");
        assertEquals("Deployment", at(hpa, "spec", "scaleTargetRef", "kind"));
        assertEquals("sco-kg", at(hpa, "spec", "scaleTargetRef", "name"));
        assertTrue(KubernetesManifestsTest.<Integer>at(hpa, "spec", "minReplicas") >= 2);
        assertTrue(KubernetesManifestsTest.<Integer>at(hpa, "spec", "maxReplicas") > KubernetesManifestsTest.<Integer>at(hpa, "spec", "minReplicas"));
        assertTrue(KubernetesManifestsTest.<Integer>at(read("pdb.yaml"), "spec", "minAvailable") >= 1);
        assertEquals("http", at(read("service.yaml"), "spec", "ports", "0", "targetPort"));
    }

    @Test
    void the_service_and_the_disruption_budget_select_the_deployments_pods() throws IOException {
        Map<String, Object> deployment = read("deployment.yaml");
        Map<String, Object> podLabels = at(deployment, "spec", "template", "metadata", "labels");
        for (Object selector : List.of(at(deployment, "spec", "selector", "matchLabels"), at(read("service.yaml"), "spec", "selector"),
                at(read("pdb.yaml"), "spec", "selector", "matchLabels"))) {
            assertTrue(podLabels.entrySet().containsAll(castMap(selector).entrySet()), selector + " within " + podLabels);
        }
    }

    @Test
    void kubectl_kustomize_renders_the_four_objects_with_selectors_that_match_the_pods() throws Exception {
        assumeTrue(onPath("kubectl"), "kubectl is not installed: the manifests were read as YAML only");
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", K8S.toString()).redirectErrorStream(true).start();
        String rendered = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, kubectl.waitFor(), rendered);
        List<Map<String, Object>> objects = new ArrayList<>();
        new Yaml().loadAll(rendered).forEach(o -> objects.add(at(o, "kind") != null ? castMap(o) : null));
        List<String> kinds = objects.stream().map(o -> (String) o.get("kind")).sorted().toList();
        assertEquals(List.of("Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Service"), kinds);
        Map<String, Object> deployment = objects.stream().filter(o -> o.get("kind").equals("Deployment")).findFirst().orElseThrow();
        Map<String, Object> podLabels = at(deployment, "spec", "template", "metadata", "labels");
        for (Map<String, Object> object : objects) {
            Object selector = switch ((String) object.get("kind")) {
                case "Deployment", "PodDisruptionBudget" -> at(object, "spec", "selector", "matchLabels");
                case "Service" -> at(object, "spec", "selector");
                default -> podLabels;
            };
            assertTrue(podLabels.entrySet().containsAll(castMap(selector).entrySet()), object.get("kind") + " selects " + selector);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
