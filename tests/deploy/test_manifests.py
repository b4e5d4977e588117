"""The Kubernetes manifests and the Dockerfile: valid for the stated Kubernetes version, and safe to run.

Every manifest is checked against the Kubernetes API schema with ``kubernetes-validate`` (strict: an unknown
field is an error), then for what the schema cannot say: every Deployment is probed on ``/health``, runs as a
non-root user and reads the database URL and token from the Secret; every agent has a Deployment, a Service and
an autoscaler; agents find the registry by its Service's DNS name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from agents.spec import builtin_names

KUBERNETES_VERSION = "1.31.0"
"""The oldest Kubernetes release the manifests are validated for (autoscaling/v2, seccompProfile, startupProbe)."""

ROOT = Path(__file__).resolve().parents[2]
MANIFESTS = ROOT / "deploy" / "kubernetes"
NAMESPACE = "accord"
SECRET_KEYS = {"ACCORD_DATABASE_URL": "database-url", "ACCORD_TOKEN": "token"}


def documents() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in sorted(MANIFESTS.glob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        found.extend((path.name, doc) for doc in yaml.safe_load_all(path.read_text()) if doc)
    return found


def of_kind(kind: str) -> dict[str, dict[str, Any]]:
    return {doc["metadata"]["name"]: doc for _, doc in documents() if doc["kind"] == kind}


@pytest.mark.parametrize("name,doc", documents(), ids=lambda v: v if isinstance(v, str) else v["kind"])
def test_every_manifest_is_valid_for_the_stated_kubernetes_version(name: str, doc: dict[str, Any]) -> None:
    kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
    if doc["kind"] != "Namespace":
        assert doc["metadata"]["namespace"] == NAMESPACE, name


def test_the_kustomization_applies_every_manifest() -> None:
    listed = yaml.safe_load((MANIFESTS / "kustomization.yaml").read_text())["resources"]
    assert sorted(listed) == sorted(p.name for p in MANIFESTS.glob("*.yaml") if p.name != "kustomization.yaml")


def test_every_agent_has_a_deployment_a_service_and_an_autoscaler() -> None:
    deployments, services, scalers = of_kind("Deployment"), of_kind("Service"), of_kind("HorizontalPodAutoscaler")
    for agent in builtin_names():
        label = agent.replace("_", "-")
        deployment = deployments[label]
        container = deployment["spec"]["template"]["spec"]["containers"][0]
        assert container["args"][:2] == ["serve", agent]
        public_url = container["args"][container["args"].index("--public-url") + 1]
        assert public_url == f"http://{label}.{NAMESPACE}.svc:{services[label]['spec']['ports'][0]['port']}"
        assert "replicas" not in deployment["spec"], "the autoscaler owns an agent's replica count"
        target = scalers[label]["spec"]["scaleTargetRef"]
        assert (target["kind"], target["name"]) == ("Deployment", label)
        assert scalers[label]["spec"]["minReplicas"] >= 2
    assert {"registry", "gateway"} <= deployments.keys() and {"registry", "gateway"} <= services.keys()


def test_every_service_selects_its_deployments_pods_on_a_named_port() -> None:
    deployments = of_kind("Deployment")
    for name, service in of_kind("Service").items():
        pod = deployments[name]["spec"]["template"]
        assert service["spec"]["selector"].items() <= pod["metadata"]["labels"].items(), name
        ports = {p["name"] for c in pod["spec"]["containers"] for p in c["ports"]}
        assert {p["targetPort"] for p in service["spec"]["ports"]} <= ports, name


@pytest.mark.parametrize("name", sorted(of_kind("Deployment")))
def test_every_deployment_is_probed_runs_as_non_root_and_reads_the_secret(name: str) -> None:
    secret = next(iter(of_kind("Secret")))
    pod = of_kind("Deployment")[name]["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] > 0
    assert pod.get("automountServiceAccountToken") is False
    for container in pod["containers"]:
        ports = {p["name"] for p in container["ports"]}
        for probe in ("readinessProbe", "livenessProbe"):
            check = container[probe]["httpGet"]
            assert check["path"] == "/health" and check["port"] in ports, (name, probe)
        guard = container["securityContext"]
        assert guard["allowPrivilegeEscalation"] is False and guard["readOnlyRootFilesystem"] is True
        assert guard["capabilities"]["drop"] == ["ALL"]
        assert container["resources"]["limits"]["memory"]
        from_secret = {
            e["name"]: (e["valueFrom"]["secretKeyRef"]["name"], e["valueFrom"]["secretKeyRef"]["key"])
            for e in container["env"]
            if "secretKeyRef" in e.get("valueFrom", {})
        }
        assert from_secret == {env: (secret, key) for env, key in SECRET_KEYS.items()}, name
        # no credential written into a manifest in the clear
        assert not [e for e in container["env"] if e["name"] in SECRET_KEYS and "value" in e]


def test_the_secret_holds_every_key_the_deployments_read() -> None:
    (secret,) = of_kind("Secret").values()
    assert set(secret["stringData"]) == set(SECRET_KEYS.values())


def test_agents_find_the_registry_by_its_service_dns_name() -> None:
    (config,) = of_kind("ConfigMap").values()
    port = of_kind("Service")["registry"]["spec"]["ports"][0]["port"]
    assert config["data"]["ACCORD_REGISTRY_URL"] == f"http://registry.{NAMESPACE}.svc:{port}"
    for name, deployment in of_kind("Deployment").items():
        sources = deployment["spec"]["template"]["spec"]["containers"][0]["envFrom"]
        assert {"configMapRef": {"name": config["metadata"]["name"]}} in sources, name


def test_the_registry_reads_runs_from_the_orchestrator_service() -> None:
    args = of_kind("Deployment")["registry"]["spec"]["template"]["spec"]["containers"][0]["args"]
    port = of_kind("Service")["orchestrator"]["spec"]["ports"][0]["port"]
    assert args[args.index("--orchestrator") + 1] == f"http://orchestrator.{NAMESPACE}.svc:{port}"


def test_the_image_runs_as_a_non_root_user_with_the_encoder_weights_inside() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    stages = [line.split()[1] for line in dockerfile.splitlines() if line.startswith("FROM ")]
    assert stages and all(stage == "${PYTHON_IMAGE}" for stage in stages)
    assert "ARG PYTHON_IMAGE=python:3.11-slim" in dockerfile
    users = [line.split()[1] for line in dockerfile.splitlines() if line.startswith("USER ")]
    assert users and users[-1].split(":")[0].isdigit() and int(users[-1].split(":")[0]) > 0
    assert "weights.npz" in dockerfile  # the build fails when the wheel did not bring the weights
    ignored = (ROOT / ".dockerignore").read_text().splitlines()
    assert ignored[ignored.index("*") + 1 :]  # everything is ignored but what the image installs
    assert not {"!.venv/", "!tests/", "!.git/"} & set(ignored)
