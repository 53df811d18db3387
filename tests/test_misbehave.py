"""The misbehaving fake: the first N requests get 429 or 5xx with Retry-After, then it behaves."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from contract_tests.fake.misbehave import Misbehaviour

from .conftest import TOKEN


def test_first_requests_are_refused_with_the_vendor_body_then_served(fake_url):
    with fake_url("workreduce", misbehave="429:2:3") as url, httpx.Client(base_url=url) as http:
        answers = [http.get("/v2/tasks", headers={"Authorization": TOKEN}) for _ in range(3)]
    assert [a.status_code for a in answers] == [429, 429, 200]
    assert answers[0].headers["Retry-After"] == "3"
    assert answers[0].json() == {"message": "Too Many Requests"}


def test_503_uses_each_apis_error_shape(fake_url):
    with fake_url("outwork", misbehave="503:1") as url, httpx.Client(base_url=url) as http:
        first = http.get("/api/partner_type/")
        second = http.get("/api/partner_type/")
    assert (first.status_code, first.headers["Retry-After"]) == (503, "0")
    assert second.status_code == 403  # no token: the fake behaves again


@pytest.mark.parametrize("text", ["429", "200:3", "429:0", "429:x", "abc", "503:2:-1"])
def test_bad_values_are_rejected(text):
    with pytest.raises(ValueError):
        Misbehaviour.parse(text)


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--misbehave", "418:3"], {}),
        (["--misbehave", "429"], {}),
        ([], {"CONTRACT_FAKE_MISBEHAVE": "503:none"}),
    ],
)
@pytest.mark.slow
def test_serve_rejects_a_bad_misbehave_option_or_variable_without_traceback(args, env):
    command = [sys.executable, "-m", "contract_tests", "serve", "workreduce", "--port", "0", *args]
    result = subprocess.run(
        command, capture_output=True, text=True, check=False, timeout=60, env={**os.environ, **env}
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "--misbehave" in result.stderr


@pytest.mark.slow
def test_serve_misbehaves_from_the_environment():
    command = [sys.executable, "-m", "contract_tests", "serve", "workreduce", "--port", "0", "--token", TOKEN]
    env = {**os.environ, "CONTRACT_FAKE_MISBEHAVE": "503:1:2"}
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as server:
        try:
            assert server.stdout is not None
            url = server.stdout.readline().split(" at ")[1].split()[0]
            assert server.stdout.readline().strip() == "The first 1 request(s) get 503 with Retry-After: 2"
            with httpx.Client(base_url=url, headers={"Authorization": TOKEN}) as http:
                first, second = http.get("/v2/tasks"), http.get("/v2/tasks")
        finally:
            server.terminate()
    assert (first.status_code, first.headers["Retry-After"], second.status_code) == (503, "2", 200)
