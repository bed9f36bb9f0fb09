"""Kernels forked from the template process: real kernels, fresh namespaces, no process left."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import psutil
import pytest
from jupyter_client.blocking import BlockingKernelClient

from analysis.pipeline import forkserver
from analysis.pipeline.kernels import Kernel, KernelPool

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="kernels are forked on Linux only")

PROBE = ("import json, os, sys; print(json.dumps({'pid': os.getpid(), 'cwd': os.getcwd(), "
         "'pandas_loaded': 'pandas' in sys.modules, 'marker': 'marker' in globals()}))")


def run(kernel: Kernel, code: str) -> str:
    """Run ``code`` in the kernel; what it printed."""
    client = BlockingKernelClient()
    client.load_connection_info(kernel.manager.get_connection_info())
    client.start_channels()
    printed: list[str] = []

    def collect(message: dict) -> None:
        if message["msg_type"] == "stream":
            printed.append(message["content"]["text"])

    try:
        client.wait_for_ready(timeout=60)
        reply = client.execute_interactive(code, timeout=60, output_hook=collect)
        assert reply["content"]["status"] == "ok", reply["content"]
    finally:
        client.stop_channels()
    return "".join(printed)


@pytest.fixture
def pool(tmp_path, monkeypatch):
    monkeypatch.setenv("NATO_REPORTS_FORK_KERNELS", "1")
    made = KernelPool(tmp_path)
    yield made
    made.close()


def test_each_report_gets_a_forked_kernel_with_a_fresh_namespace(pool, tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    first = pool.take("python3", folder, warm_next=False)
    seen = json.loads(run(first, "marker = 1\n" + PROBE))
    template = psutil.Process(seen["pid"]).parent()
    assert forkserver.__name__ in " ".join(template.cmdline())
    assert seen["cwd"] == str(folder)
    assert seen["pandas_loaded"]  # imported once by the template, before the fork
    first.shutdown()
    assert not psutil.pid_exists(seen["pid"]) or psutil.Process(seen["pid"]).status() == \
        psutil.STATUS_ZOMBIE

    second = pool.take("python3", folder, warm_next=False)
    again = json.loads(run(second, PROBE))
    assert again["pid"] != seen["pid"]
    assert not again["marker"]  # nothing of the first report's namespace
    assert psutil.Process(again["pid"]).parent().pid == template.pid
    second.shutdown()


def test_closing_the_pool_ends_the_template_and_the_kernels_nobody_shut_down(pool, tmp_path):
    kernel = pool.take("python3", tmp_path, warm_next=False)
    forked = psutil.Process(json.loads(run(kernel, PROBE))["pid"])
    template = forked.parent()
    pool.close()  # the kernel was taken and never shut down
    gone, alive = psutil.wait_procs([forked, template], timeout=30)
    assert alive == []


def test_forking_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("NATO_REPORTS_FORK_KERNELS", "0")
    plain = KernelPool(tmp_path)
    try:
        kernel = plain.take("python3", tmp_path, warm_next=False)
        pid = json.loads(run(kernel, PROBE))["pid"]
        assert "ipykernel_launcher" in " ".join(psutil.Process(pid).cmdline())
        assert plain.forker is None
    finally:
        plain.close()


def test_a_forked_process_reads_as_exited_once_gone():
    child = psutil.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    process = forkserver.ForkedKernelProcess(child.pid)
    assert process.poll() is None
    process.kill()
    child.wait(10)
    assert process.wait(timeout=10) == 0
    assert process.poll() == 0


def test_the_template_serves_only_this_interpreters_ipykernel(tmp_path):
    forker = forkserver.KernelForker((), Path(tmp_path))
    try:
        assert forker.serves([sys.executable, "-m", "ipykernel_launcher", "-f", "x.json"])
        assert not forker.serves(["/usr/bin/python3.9", "-m", "ipykernel_launcher"])
        assert not forker.serves([sys.executable, "-m", "other_kernel"])
    finally:
        forker.close()
    assert forker.process.returncode == 0
