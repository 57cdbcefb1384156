#!/usr/bin/env python3
"""The conventioning benchmark: the application (or the bare engine of bench/bare) on PostgreSQL, populated through
its APIs, a convention's lifecycle driven by several clients; prints figures, asserts nothing.

Needs Python 3.9+ (standard library only), a local PostgreSQL reachable as a superuser (its statement log is read to
count SQL statements) and the jar built by ./mvnw package. See README.md, "Benchmark".
"""
import argparse
import base64
import datetime
import http.client
import json
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = "motdepasse"
PASSWORDS = {"admin": "admin"}


def password(user):
    if user in PASSWORDS:
        return PASSWORDS[user]
    return PASSWORD if user.startswith("bench-") else "demo"


# ------------------------------------------------------------------------------------------------------------ HTTP

class Http:
    """One keep-alive connection per thread; every call timed and counted by kind."""

    def __init__(self, base_url):
        url = urllib.parse.urlparse(base_url)
        self.host, self.port = url.hostname, url.port or 80
        self.local = threading.local()
        self.timings = {}
        self.lock = threading.Lock()

    def connection(self):
        if getattr(self.local, "conn", None) is None:
            self.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
        return self.local.conn

    def call(self, method, path, user=None, body=None, kind=None, headers=None, raw=False, detail=None):
        all_headers = {"Accept": "application/json"}
        if user:
            token = base64.b64encode(f"{user}:{password(user)}".encode()).decode()
            all_headers["Authorization"] = "Basic " + token
        data = None
        if body is not None:
            if isinstance(body, (bytes, str)):
                data = body.encode() if isinstance(body, str) else body
            else:
                data = json.dumps(body).encode()
                all_headers["Content-Type"] = "application/json"
        all_headers.update(headers or {})
        for attempt in range(3):
            started = time.perf_counter()
            try:
                conn = self.connection()
                conn.request(method, path, body=data, headers=all_headers)
                response = conn.getresponse()
                payload = response.read()
                break
            except (http.client.HTTPException, ConnectionError, TimeoutError):
                self.local.conn = None
                if attempt == 2:
                    raise
        elapsed = (time.perf_counter() - started) * 1000
        if kind:
            with self.lock:
                self.timings.setdefault(kind, []).append(elapsed)
                if detail:
                    self.timings.setdefault((kind, detail), []).append(elapsed)
        if raw:
            return response.status, payload, response
        parsed = None
        if payload and "json" in (response.getheader("Content-Type") or ""):
            parsed = json.loads(payload)
        return response.status, parsed

    def expect(self, status, method, path, user=None, body=None, kind=None, detail=None):
        got, parsed = self.call(method, path, user, body, kind, detail=detail)
        if got != status:
            raise RuntimeError(f"{method} {path} as {user}: {got} {parsed}")
        return parsed


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def luhn_key(digits):
    for key in range(10):
        candidate = digits + str(key)
        total = 0
        for i, ch in enumerate(reversed(candidate)):
            d = int(ch)
            if i % 2 == 1:
                d = d * 2 - 9 if d * 2 > 9 else d * 2
            total += d
        if total % 10 == 0:
            return candidate
    raise ValueError(digits)


def random_siret(rng):
    siren = luhn_key("".join(rng.choice("0123456789") for _ in range(8)))
    return luhn_key(siren + "".join(rng.choice("0123456789") for _ in range(4)))


def typed(variables):
    return {"variables": {name: (value if isinstance(value, dict) else {"value": value})
                          for name, value in variables.items()}}


# ------------------------------------------------------------------------------------------------------------ targets

KINDS = ["ACI", "AI", "EI", "ETTI", "EITI"]


class Target:
    """What differs between the application and the bare engine: registering a structure, starting a convention."""

    def __init__(self, http, seed):
        self.http = http
        self.rng = random.Random(seed)
        self.rng_lock = threading.Lock()
        self.counter = 0

    def new_siret(self):
        with self.rng_lock:
            self.counter += 1
            return random_siret(self.rng), self.counter

    def add_user(self, group, user):
        profile = {"id": user, "firstName": "Directrice", "lastName": user, "email": user + "@example.org"}
        self.http.expect(204, "POST", "/engine-rest/user/create", "admin",
                         {"profile": profile, "credentials": {"password": PASSWORD}})
        self.http.expect(204, "PUT", f"/engine-rest/group/{group}/members/{user}", "admin")


class Application(Target):
    name = "application"

    def register(self, department):
        siret, n = self.new_siret()
        kind = KINDS[n % len(KINDS)]
        self.http.expect(201, "POST", "/api/structures", "admin", {
            "siret": siret, "name": f"Structure {siret}", "kind": kind, "department": department,
            "email": f"contact-{siret}@example.org"}, kind="register")
        user = "bench-" + siret
        self.add_user("siae-" + siret, user)
        return {"siret": siret, "user": user, "department": department, "n": n}

    def start(self, structure, agent):
        # the reference counter is per kind, département and year: the start year spreads them further
        year = 2027 + structure["n"] // 20000
        body = {"siret": structure["siret"], "conventionStart": f"{year}-01-01", "durationMonths": 36}
        return self.http.expect(201, "POST", "/api/conventions", agent, body, kind="start")["reference"]


class Bare(Target):
    """bench/bare: the same user tasks, candidate groups and users, with nothing of the application around them."""
    name = "bare engine"

    def register(self, department):
        siret, n = self.new_siret()
        group = "siae-" + siret
        self.http.expect(204, "POST", "/engine-rest/group/create", "admin",
                         {"id": group, "name": f"Structure {siret}", "type": "SIAE"}, kind="register")
        user = "bench-" + siret
        self.add_user(group, user)
        return {"siret": siret, "user": user, "department": department, "n": n}

    def start(self, structure, agent):
        key = f"B-{structure['siret']}"
        body = {"businessKey": key, "variables": {
            "siret": {"value": structure["siret"]}, "department": {"value": structure["department"]}}}
        self.http.expect(200, "POST", "/engine-rest/process-definition/key/bare/start", agent, body, kind="start")
        return key


# ------------------------------------------------------------------------------------------------------------ lifecycle

def conference_date():
    return (datetime.date.today() + datetime.timedelta(days=28)).isoformat()


def lifecycle(structure, bare):
    """(user, task key, variables) in the order each party answers; a None key fires the yearly report timer."""
    d = structure["department"]
    state, agency, cdiae, prefect, funder = f"direccte.{d}", f"pe.{d}", f"cdiae.{d}", f"prefet.{d}", f"financeur.cd{d}"
    me = structure["user"]
    text = "Accueil collectif, livret d'accueil, tuteur désigné pour chaque salarié."
    yield me, "submitInsertionProject", {"axisReception": text, "axisSupport": text, "axisTraining": text,
                                          "axisTerritory": text, "requestedFte": 10}
    yield state, "reviewApplication", {"applicationComplete": True}
    yield state, "proposeObjectives", {"targetDurableRate": 25, "targetTransitionRate": 20, "targetPositiveRate": 15}
    yield agency, "reviewObjectivesEmploymentAgency", {"employmentAgencyAgrees": True}
    yield me, "respondToObjectives", {"objectivesAccepted": True}
    yield state, "prepareFundersConference", {"funders": {"value": json.dumps([f"cd{d}"]), "type": "Json"},
                                              "conferenceDate": conference_date()}
    yield funder, "commitFunding", {"fundingCommitted": True, "fundingAmount": 20000, "fundingNature": "FINANCIAL"}
    yield state, "summarizeFundersConference", {"agreedFte": 10, "modulationRate": 2}
    yield cdiae, "recordCdiaeOpinion", {"cdiaeOpinion": "FAVORABLE", "cdiaeSessionDate": datetime.date.today().isoformat()}
    yield prefect, "signConventionPrefect", {"prefectSigned": True}
    yield agency, "signConventionEmploymentAgency", {"employmentAgencySigned": True}
    yield me, "signConventionStructure", {"structureSigned": True}
    yield funder, "signConventionDepartment", {"departmentSigned": True}
    yield None, "reportDue", None
    exits = {"exitsDurable": 3, "exitsTransition": 2, "exitsPositive": 1, "exitsUnemployed": 2, "exitsInactive": 0,
             "exitsNoNews": 0, "exitsOtherKnown": 0, "exitsWithdrawn": 1, "fteRealized": 8.5, "hires": 12,
             "hiresPriority": 9, "hiresLongTermUnemployed": 5, "hiresRsa": 3, "hiresPriorityNeighbourhood": 2,
             "hiresDisabled": 1, "employeesSupported": 20, "employeesTrained": 8}
    yield me, "submitFollowUpReport", exits
    yield state, "reviewFollowUpReport", {"difficultiesFlagged": False}
    yield state, "holdManagementDialogue", {"dialogueOutcome": "Activité conforme aux objectifs."}
    yield state, "proposeAnnex", {}
    yield me, "acceptAnnex", {"annexAccepted": True}
    yield funder, "signAnnexDepartment", {"annexDepartmentSigned": True}
    yield prefect, "signAnnexPrefect", {"annexPrefectSigned": True}


def find_task(http, user, reference, key, timeout=60):
    deadline = time.time() + timeout
    path = (f"/engine-rest/task?processInstanceBusinessKey={urllib.parse.quote(reference)}"
            f"&taskDefinitionKey={key}")
    while True:
        tasks = http.expect(200, "GET", path, user, kind="task query")
        if tasks:
            return tasks[0]["id"]
        if time.time() > deadline:
            raise RuntimeError(f"no task {key} on {reference} for {user}")
        time.sleep(0.05)


def fire_timer(http, reference, timer, timeout=60):
    deadline = time.time() + timeout
    instances = None
    while time.time() < deadline:
        instances = instances or [p["id"] for p in http.expect(
            200, "GET", f"/engine-rest/process-instance?businessKey={urllib.parse.quote(reference)}", "admin")]
        for instance in instances:
            jobs = http.expect(200, "GET", f"/engine-rest/job?activityId={timer}&processInstanceId={instance}", "admin")
            if jobs:
                http.expect(204, "POST", f"/engine-rest/job/{jobs[0]['id']}/execute", "admin")
                return
        instances = None
        time.sleep(0.1)
    raise RuntimeError(f"no timer {timer} on {reference}")


def drive(http, target, structure, on_step=None):
    """One convention from its start to its first financial annex signed; returns the number of completions."""
    department = structure["department"]
    on_step and on_step("start")
    reference = target.start(structure, f"direccte.{department}")
    on_step and on_step(None)
    done = 0
    for user, key, variables in lifecycle(structure, isinstance(target, Bare)):
        if user is None:
            fire_timer(http, reference, key)
            continue
        task = find_task(http, user, reference, key)
        on_step and on_step("completion")
        http.expect(204, "POST", f"/engine-rest/task/{task}/complete", user, typed(variables), kind="completion",
                    detail=key)
        on_step and on_step(None)
        done += 1
    return done


# ------------------------------------------------------------------------------------------------------------ measures

def cpu_ticks(pids):
    """User and system time of the processes and of their children reaped (PostgreSQL's ended backends count in the
    postmaster's)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
        except (FileNotFoundError, ProcessLookupError, IndexError):
            pass
    return total


def postgres_pids():
    out = subprocess.run(["ps", "-C", "postgres", "-o", "pid="], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def psql(args, sql, database="postgres"):
    subprocess.run(["psql", "-h", args.pg_host, "-p", str(args.pg_port), "-U", args.pg_user, "-d", database,
                    "-v", "ON_ERROR_STOP=1", "-qAtc", sql], check=True, capture_output=True, text=True)


class StatementLog:
    """Counts the statements PostgreSQL logs for the benchmark's database while log_statement is 'all'."""

    HEADER = re.compile(r"@(\S+) LOG:  (?:statement|execute [^:]*): (.*)")

    def __init__(self, args):
        self.args = args
        self.path = args.pg_log

    def __enter__(self):
        psql(self.args, "ALTER SYSTEM SET log_statement = 'all'")
        psql(self.args, "SELECT pg_reload_conf()")
        time.sleep(1)
        return self

    def __exit__(self, *exc):
        psql(self.args, "ALTER SYSTEM RESET log_statement")
        psql(self.args, "SELECT pg_reload_conf()")

    def offset(self):
        return os.path.getsize(self.path)

    def statements(self, start, end):
        with open(self.path, "rb") as log:
            log.seek(start)
            chunk = log.read(end - start).decode("utf-8", "replace")
        found = []
        current = None
        for line in chunk.splitlines():
            match = self.HEADER.search(line)
            if match:
                current = None
                if match.group(1) == self.args.database:
                    current = [match.group(2)]
                    found.append(current)
            elif current is not None and line.startswith("\t"):
                current.append(line)
            else:
                current = None
        return [" ".join(parts) for parts in found]


def shape(statement):
    words = re.sub(r"\s+", " ", statement.strip().lower()).split(" ")
    if words[0] in ("insert", "delete") and len(words) > 2:
        return f"{words[0]} {words[2]}"
    if words[0] == "update" and len(words) > 1:
        return f"update {words[1]}"
    if words[0] == "select":
        match = re.search(r" from (\w+)", " ".join(words))
        return "select " + (match.group(1) if match else "?")
    return words[0]


def count_statements(args, http, target, structures):
    """One client drives a few conventions with every statement logged; statements are counted per kind of call."""
    per_kind = {"start": [], "completion": []}
    shapes = {}
    completions = 0
    dumped = []
    with StatementLog(args) as log:
        state = {"kind": None, "offset": 0}

        def on_step(kind):
            time.sleep(0.02)
            if kind:
                state["kind"], state["offset"] = kind, log.offset()
            else:
                found = log.statements(state["offset"], log.offset())
                per_kind[state["kind"]].append(len(found))
                if args.dump_statements:
                    dumped.append(f"-- {state['kind']}: {len(found)} statements")
                    dumped.extend(found)
                if state["kind"] == "completion":
                    for statement in found:
                        shapes[shape(statement)] = shapes.get(shape(statement), 0) + 1

        begin = log.offset()
        for structure in structures:
            completions += drive(http, target, structure, on_step)
        time.sleep(0.2)
        total = len(log.statements(begin, log.offset()))
    if args.dump_statements:
        with open(args.dump_statements, "w") as out:
            out.write("\n".join(dumped) + "\n")
    return per_kind, shapes, total, completions


def measure_queries(http, label, path, user, runs, headers=None):
    if headers:
        user = None
    status, _ = http.call("GET", path, user, headers=headers)
    if status != 200:
        raise RuntimeError(f"GET {path}: {status}")
    for _ in range(runs):
        http.call("GET", path, user, kind=label, headers=headers)
    values = http.timings.pop(label)
    return f"{label}: p50 {percentile(values, 50):.0f} ms, p95 {percentile(values, 95):.0f} ms ({runs} runs)"


def workspace_session(http, user):
    """Signs in to the workspace as a browser does; returns the session cookie."""
    form = urllib.parse.urlencode({"identifiant": user, "motDePasse": password(user)})
    origin = f"http://{http.host}:{http.port}"
    status, _, response = http.call("POST", "/espace/connexion", body=form, raw=True, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Origin": origin, "Accept": "text/html"})
    cookies = [header.split(";")[0] for name, header in response.getheaders() if name.lower() == "set-cookie"]
    if status != 302 or not cookies:
        raise RuntimeError(f"workspace sign-in as {user}: {status}")
    return "; ".join(cookies)


class SmtpSink(threading.Thread):
    """Accepts every message the application sends, so that its outbox empties as with a real server."""

    def __init__(self):
        super().__init__(daemon=True)
        import socket
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.port = self.server.getsockname()[1]
        self.received = 0

    def run(self):
        while True:
            conn, _ = self.server.accept()
            threading.Thread(target=self.session, args=(conn,), daemon=True).start()

    def session(self, conn):
        stream = conn.makefile("rb")
        conn.sendall(b"220 bench\r\n")
        data = False
        for line in stream:
            if data:
                if line in (b".\r\n", b".\n"):
                    data = False
                    self.received += 1
                    conn.sendall(b"250 OK\r\n")
                continue
            verb = line[:4].upper()
            if verb == b"DATA":
                data = True
                conn.sendall(b"354 go\r\n")
            elif verb == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                break
            elif verb == b"EHLO":
                conn.sendall(b"250 bench\r\n")
            else:
                conn.sendall(b"250 OK\r\n")
        conn.close()


# ------------------------------------------------------------------------------------------------------------ main

def start_application(args, fresh=True):
    if fresh:
        psql(args, f"DROP DATABASE IF EXISTS {args.database}")
        psql(args, f"CREATE DATABASE {args.database}")
    url = f"jdbc:postgresql://{args.pg_host}:{args.pg_port}/{args.database}"
    if args.target == "bare":
        jar = os.path.join(ROOT, "bench", "bare", "target", "bare-engine.jar")
        build = [os.path.join(ROOT, "mvnw"), "-q", "-f", os.path.join(ROOT, "bench", "bare", "pom.xml"),
                 "-DskipTests", "package"]
    else:
        jars = [f for f in os.listdir(os.path.join(ROOT, "target")) if f.endswith(".jar")] \
            if os.path.isdir(os.path.join(ROOT, "target")) else []
        jar = os.path.join(ROOT, "target", jars[0]) if jars else None
        build = [os.path.join(ROOT, "mvnw"), "-q", "-DskipTests", "package"]
    if args.build or not jar or not os.path.exists(jar):
        subprocess.run(build, check=True, cwd=ROOT)
        if args.target != "bare":
            jars = [f for f in os.listdir(os.path.join(ROOT, "target")) if f.endswith(".jar")]
            jar = os.path.join(ROOT, "target", jars[0])
    arguments = [f"--server.port={args.port}", "--spring.profiles.active=postgres", f"--spring.datasource.url={url}",
               f"--spring.datasource.username={args.pg_user}", "--spring.datasource.password=",
               f"--spring.mail.host=127.0.0.1", f"--spring.mail.port={args.smtp_port}", "--logging.level.root=WARN"]
    jvm = ["-Xmx512m", "-XX:+UseG1GC"]
    if args.launch == "node":
        # as a production node starts (src/main/sh/start-node.sh): unpacked, with its class archive, made beforehand
        script = os.path.join(ROOT, "src", "main", "sh", "start-node.sh")
        environment = dict(os.environ, CONVENTIONING_JAR=jar, JAVA_OPTS=" ".join(jvm),
                           CONVENTIONING_HOME=os.path.join(os.path.dirname(jar), "node"))
        if fresh:
            subprocess.run([script, "--prepare"], check=True, cwd=ROOT, env=environment)
        command = [script] + arguments
    else:
        environment = None
        command = ["java"] + jvm + ["-jar", jar] + arguments
    log = open(os.path.join(ROOT, "bench", f"{args.target}.log"), "w" if fresh else "a")
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env=environment)
    probe = Http(f"http://127.0.0.1:{args.port}")
    while True:
        if process.poll() is not None:
            sys.exit(f"the {args.target} stopped; see bench/{args.target}.log")
        try:
            status, body = probe.call("GET", "/actuator/health")
            if status == 200 and body and body.get("status") == "UP":
                break
        except (ConnectionError, OSError, http.client.HTTPException):
            probe.local.conn = None
        time.sleep(0.2)
    return process, time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", choices=["application", "bare"], default="application")
    parser.add_argument("--conventions", type=int, default=10000,
                        help="conventions populated in the group's département, each waiting for the State service")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--drive", type=int, default=100, help="conventions driven through their lifecycle")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--department", default="59", help="the département of the populated group (direccte-NN)")
    parser.add_argument("--drive-department", default="62")
    parser.add_argument("--url", help="an application already running (its population is then kept)")
    parser.add_argument("--port", type=int, default=8089)
    parser.add_argument("--database", default="conventioning_bench")
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--pg-log", default="/var/log/postgresql/postgresql-15-main.log")
    parser.add_argument("--query-runs", type=int, default=50, help="runs of each large group's task query")
    parser.add_argument("--dump-statements", metavar="FILE", help="write every statement counted, step by step")
    parser.add_argument("--build", action="store_true", help="build the jar first")
    parser.add_argument("--launch", choices=["node", "jar"], default="node",
                        help="node: as src/main/sh/start-node.sh starts a production node (unpacked, with a class"
                             " archive); jar: java -jar")
    parser.add_argument("--keep", action="store_true", help="leave the application running at the end")
    args = parser.parse_args()

    process = None
    sink = SmtpSink()
    sink.start()
    args.smtp_port = sink.port
    if args.url:
        http = Http(args.url)
        pid = None
        print(f"{args.target} at {args.url}")
    else:
        process, startup = start_application(args)
        http = Http(f"http://127.0.0.1:{args.port}")
        pid = process.pid
        print(f"{args.target}: started ({args.launch}), health UP after {startup:.1f} s,"
              f" resident memory {rss_mb(pid):.0f} MB")
    seed = int(time.time()) if args.url else 13  # a kept population already holds the SIRETs of seed 13
    target = Bare(http, seed) if args.target == "bare" else Application(http, seed)

    try:
        run(args, http, target, pid)
        if process and not args.keep:
            # a node restarting on its database, as after an upgrade or a deployment
            process.terminate()
            process.wait(60)
            process, startup = start_application(args, fresh=False)
            print(f"{args.target}: restarted on the populated database, health UP after {startup:.1f} s,"
                  f" resident memory {rss_mb(process.pid):.0f} MB")
    finally:
        if process and not args.keep:
            process.terminate()
            process.wait(30)


def run(args, http, target, pid):
    clients = args.clients
    if args.conventions:
        began = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            structures = list(pool.map(lambda _: target.register(args.department), range(args.conventions)))
        times = http.timings.pop("register")
        window = min(50, len(times) // 2) or 1
        print(f"population: {len(structures)} structures registered in {time.perf_counter() - began:.0f} s;"
              f" registering one: first {window} p50 {percentile(times[:window], 50):.0f} ms,"
              f" last {window} p50 {percentile(times[-window:], 50):.0f} ms")

        def waiting(structure):
            reference = target.start(structure, f"direccte.{structure['department']}")
            task = find_task(http, structure["user"], reference, "submitInsertionProject")
            first = next(lifecycle(structure, False))
            http.expect(204, "POST", f"/engine-rest/task/{task}/complete", structure["user"], typed(first[2]))
            return reference

        began = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(waiting, structures))
        http.timings.clear()
        print(f"population: {len(structures)} conventions waiting for direccte-{args.department}"
              f" in {time.perf_counter() - began:.0f} s")
        if not args.url:
            # what autovacuum does in production shortly after such a load (a CI PostgreSQL may run without it)
            psql(args, "ANALYZE", database=args.database)
            print("population: tables analyzed (ANALYZE), as autovacuum would after such a load")
        small = structures[0]

    # the lifecycle, C clients, after a warm-up
    drivers = [target.register(args.drive_department) for _ in range(args.drive * args.rounds + clients + 3)]
    warm, drivers = drivers[:clients], drivers[clients:]
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(lambda s: drive(http, target, s), warm))
    http.timings.clear()
    for round_number in range(args.rounds):
        batch, drivers = drivers[:args.drive], drivers[args.drive:]
        app_before, pg_before = cpu_ticks([pid] if pid else []), cpu_ticks(postgres_pids())
        began = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            completions = sum(pool.map(lambda s: drive(http, target, s), batch))
        elapsed = time.perf_counter() - began
        tick = os.sysconf("SC_CLK_TCK")
        app_cpu = (cpu_ticks([pid] if pid else []) - app_before) / tick * 1000 / completions
        pg_cpu = (cpu_ticks(postgres_pids()) - pg_before) / tick * 1000 / completions
        t = http.timings
        print(f"round {round_number + 1}: {completions} tasks completed by {clients} clients in {elapsed:.1f} s:"
              f" {completions / elapsed:.1f} tasks/s; CPU per task: application {app_cpu:.1f} ms,"
              f" PostgreSQL {pg_cpu:.1f} ms")
        for kind in ("start", "task query", "completion"):
            print(f"  {kind}: p50 {percentile(t.get(kind), 50):.0f} ms, p95 {percentile(t.get(kind), 95):.0f} ms")
        slowest = sorted(((percentile(values, 50), key[1]) for key, values in t.items()
                          if isinstance(key, tuple) and key[0] == "completion"), reverse=True)[:5]
        print("  slowest completions (p50): " + ", ".join(f"{name} {p50:.0f} ms" for p50, name in slowest))
        http.timings.clear()

    per_kind, shapes, total, completions = count_statements(args, http, target, drivers[:3])
    print(f"SQL statements per completion: {statistics.mean(per_kind['completion']):.1f}"
          f" (per start {statistics.mean(per_kind['start']):.1f};"
          f" all statements, queries and jobs included, per completion {total / completions:.1f})")
    for name, count in sorted(shapes.items(), key=lambda item: -item[1])[:12]:
        print(f"  {count / len(per_kind['completion']):5.1f}  {name}")

    if args.conventions:
        group, user = f"direccte-{args.department}", f"direccte.{args.department}"
        print(measure_queries(http, f"{group}'s tasks ({args.conventions} open)",
                              f"/engine-rest/task?candidateGroup={group}&maxResults=15", user, args.query_runs))
        print(measure_queries(http, f"{group}'s tasks by due date",
                              f"/engine-rest/task?candidateGroup={group}&maxResults=15&sortBy=dueDate&sortOrder=asc",
                              user, args.query_runs))
        print(measure_queries(http, "a structure's tasks (small group)",
                              f"/engine-rest/task?candidateGroup=siae-{small['siret']}&maxResults=15",
                              small["user"], 50))
        if isinstance(target, Application):
            print(measure_queries(http, f"/api/conventions as {user}", "/api/conventions?page=0&size=25", user, 30))
            print(measure_queries(http, f"workspace list as {user}", "/espace/conventions", user, 30,
                                  headers={"Cookie": workspace_session(http, user), "Accept": "text/html"}))
    if pid:
        print(f"resident memory after load: {rss_mb(pid):.0f} MB")
        time.sleep(60)
        print(f"resident memory after a minute at rest: {rss_mb(pid):.0f} MB")


if __name__ == "__main__":
    main()
