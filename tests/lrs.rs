//! xAPI against a real LRS (the npm package xapi-statements, installed by
//! scripts/install-lrs.sh): statements posted and read back by verb and registration,
//! and an outage during a session after which every statement arrives exactly once.

#[path = "common/scratch.rs"]
mod scratch;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use faultline::lab::session::LrsConfig;
use faultline::lab::xapi::{registration, request};

const PASSWORD_ENV: &str = "FAULTLINE_TEST_LRS_PASSWORD";

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The LRS, stopped when dropped.
struct Lrs {
    child: Child,
    port: u16,
}

impl Drop for Lrs {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_lrs() -> Lrs {
    let dir = std::env::var("FAULTLINE_LRS_DIR").map_or_else(
        |_| PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cache/faultline-lrs"),
        PathBuf::from,
    );
    let entry = dir.join("node_modules/xapi-statements/dist/index.js");
    assert!(
        entry.is_file(),
        "the test LRS is not installed at {}: run scripts/install-lrs.sh",
        dir.display()
    );
    let port = free_port();
    let child = Command::new("node")
        .arg(&entry)
        .current_dir(&dir)
        .envs([
            ("AUTH_REPO", "test"),
            ("EVENTS_REPO", "test"),
            ("MODELS_REPO", "memory"),
            ("STORAGE_REPO", "local"),
        ])
        .env("EXPRESS_PORT", port.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("node starts");
    let mut lrs = Lrs { child, port };
    // This file's tests start their LRSs at once; on two cores with a cold disk cache
    // one took over 30 s to listen (a CI run failed so), so wait long, but not on one
    // that has died.
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = lrs.child.try_wait() {
            panic!("the LRS exited with {status} before it listened");
        }
        assert!(
            started.elapsed() < Duration::from_secs(180),
            "the LRS did not listen within 180 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    lrs
}

/// A TCP relay in front of the LRS that can be switched off to play an outage.
fn relay(to: u16, up: Arc<AtomicBool>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("relay");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            if !up.load(Ordering::SeqCst) {
                drop(client);
                continue;
            }
            let Ok(server) = TcpStream::connect(("127.0.0.1", to)) else {
                continue;
            };
            let pipe = |mut a: TcpStream, mut b: TcpStream| {
                std::thread::spawn(move || {
                    let mut buf = [0u8; 8192];
                    while let Ok(n) = a.read(&mut buf) {
                        if n == 0 || b.write_all(&buf[..n]).is_err() {
                            break;
                        }
                    }
                    let _ = b.shutdown(std::net::Shutdown::Write);
                });
            };
            if let (Ok(c2), Ok(s2)) = (client.try_clone(), server.try_clone()) {
                pipe(client, s2);
                pipe(server, c2);
            }
        }
    });
    port
}

fn session(name: &str, port: u16) -> scratch::ScratchFile {
    let path = scratch::ScratchFile::new(&format!("lrs-{name}"), "session.ron");
    let scenario = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/conveyor-tote-jam.ron");
    let roster: Vec<String> = (0..3)
        .map(|i| format!("(id: \"t{i}\", name: \"Trainee {i}\", email: \"t{i}@example.edu\", login: \"l{i}\")"))
        .collect();
    let text = format!(
        "LabSession(id: \"{name}\", title: \"xAPI lab\", course_id: \"C\", assignment_id: \"1\", roster: [{}], scenarios: InOrder([\"{}\"]), mode: Practice, time_limit_min: 45.0, pass_mark: 60.0, attempts_dir: \"attempts\", lrs: (endpoint: \"http://127.0.0.1:{port}/xAPI\", username: \"faultline\", password_env: \"{PASSWORD_ENV}\", delivery: (retries: 2, first_wait_s: 0.25)))",
        roster.join(", "),
        scenario.display()
    );
    std::fs::write(&path, text).expect("session");
    path
}

fn faultline(args: &[&std::ffi::OsStr]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_faultline"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env(PASSWORD_ENV, "secret")
        .args(args)
        .output()
        .expect("runs");
    String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr)
}

fn station(session: &Path, trainee: &str) -> String {
    let script =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/solutions/conveyor-tote-jam.ron");
    faultline(&[
        "station".as_ref(),
        "--session".as_ref(),
        session.as_os_str(),
        "--trainee".as_ref(),
        trainee.as_ref(),
        "--script".as_ref(),
        script.as_os_str(),
    ])
}

/// The statement ids the LRS holds for a registration (and, if given, a verb).
fn stored_ids(port: u16, registration: &str, verb: Option<&str>) -> Vec<String> {
    let lrs = LrsConfig {
        endpoint: format!("http://127.0.0.1:{port}/xAPI"),
        username: "faultline".into(),
        password_env: PASSWORD_ENV.into(),
        delivery: Default::default(),
        ca_file: None,
    };
    let mut query = format!("/statements?registration={registration}");
    if let Some(verb) = verb {
        query += &format!("&verb=http://adlnet.gov/expapi/verbs/{verb}");
    }
    let (status, body) = request(&lrs, "secret", "GET", &query, None).expect("GET");
    assert_eq!(status, 200, "{body}");
    let json: serde_json::Value = serde_json::from_str(&body).expect("json");
    json["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .map(|s| s["id"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn an_attempts_statements_reach_the_lrs_and_read_back_by_verb_and_registration() {
    let lrs = start_lrs();
    let s = session("post", lrs.port);
    let out = station(&s, "t0");
    assert!(out.contains("xAPI: 4 statement(s) sent"), "{out}");
    let reg = registration("post", "t0", "conveyor-tote-jam");
    assert_eq!(stored_ids(lrs.port, &reg, Some("completed")).len(), 1);
    let outcome = stored_ids(lrs.port, &reg, Some("passed")).len()
        + stored_ids(lrs.port, &reg, Some("failed")).len();
    assert_eq!(outcome, 1, "one passed or failed statement");
    assert_eq!(stored_ids(lrs.port, &reg, None).len(), 4);
}

#[test]
fn statements_queued_through_an_outage_arrive_exactly_once() {
    let lrs = start_lrs();
    let up = Arc::new(AtomicBool::new(true));
    let port = relay(lrs.port, up.clone());
    let s = session("outage", port);
    let out = station(&s, "t0");
    assert!(out.contains("xAPI: 4 statement(s) sent"), "{out}");
    up.store(false, Ordering::SeqCst);
    for trainee in ["t1", "t2"] {
        let out = station(&s, trainee);
        assert!(out.contains("waiting in"), "{out}");
    }
    let outbox = s.parent().expect("dir").join("attempts/outbox");
    let waiting = std::fs::read_dir(&outbox)
        .expect("outbox")
        .filter(|e| e.as_ref().is_ok_and(|e| e.path().is_file()))
        .count();
    assert_eq!(waiting, 8, "nothing is lost while the LRS is down");
    up.store(true, Ordering::SeqCst);
    let out = faultline(&["outbox".as_ref(), "--session".as_ref(), s.as_os_str()]);
    assert!(out.contains("xAPI: 8 sent, 0 rejected, 0 waiting"), "{out}");
    let again = faultline(&["outbox".as_ref(), "--session".as_ref(), s.as_os_str()]);
    assert!(again.contains("xAPI: 0 sent"), "{again}");
    for trainee in ["t0", "t1", "t2"] {
        let ids = stored_ids(
            lrs.port,
            &registration("outage", trainee, "conveyor-tote-jam"),
            None,
        );
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!((ids.len(), unique.len()), (4, 4), "{trainee}: {ids:?}");
    }
}

#[test]
fn statements_the_lrs_rejects_are_kept_and_resent_after_the_fix() {
    let lrs = start_lrs();
    let up = Arc::new(AtomicBool::new(false));
    let port = relay(lrs.port, up.clone());
    let s = session("rejected", port);
    // The LRS is down while t0 and t1 finish: their statements wait.
    for trainee in ["t0", "t1"] {
        let out = station(&s, trainee);
        assert!(out.contains("waiting in"), "{out}");
    }
    // t1's statements were built from bad roster data (an address the LRS refuses).
    let outbox = s.parent().expect("dir").join("attempts/outbox");
    let reg = registration("rejected", "t1", "conveyor-tote-jam");
    let mut spoiled = 0;
    for entry in std::fs::read_dir(&outbox).expect("outbox").flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        if text.contains(&reg) {
            std::fs::write(
                entry.path(),
                text.replace("mailto:t1@example.edu", "mailto:t1 at example"),
            )
            .expect("write");
            spoiled += 1;
        }
    }
    assert_eq!(spoiled, 4);
    up.store(true, Ordering::SeqCst);
    let out = Command::new(env!("CARGO_BIN_EXE_faultline"))
        .env(PASSWORD_ENV, "secret")
        .args(["outbox".as_ref(), "--session".as_ref(), s.as_os_str()])
        .output()
        .expect("runs");
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "rejections must fail the command: {text}"
    );
    assert!(
        text.contains("4 sent, 4 rejected") && text.contains("rejected by the LRS"),
        "{text}"
    );
    assert!(text.contains("--resend-rejected"), "{text}");
    // The roster is right now; rebuild the rejected ones and send them.
    let out = faultline(&[
        "outbox".as_ref(),
        "--session".as_ref(),
        s.as_os_str(),
        "--resend-rejected".as_ref(),
    ]);
    assert!(
        out.contains("4 rejected statement(s) rebuilt")
            && out.contains("xAPI: 4 sent, 0 rejected, 0 waiting"),
        "{out}"
    );
    for trainee in ["t0", "t1"] {
        let ids = stored_ids(
            lrs.port,
            &registration("rejected", trainee, "conveyor-tote-jam"),
            None,
        );
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!((ids.len(), unique.len()), (4, 4), "{trainee}: {ids:?}");
    }
}

/// A TLS front on loopback for the LRS, as a college's https LRS would be: a test CA and
/// a certificate for 127.0.0.1 made with `openssl`, and a small relay in Python's `ssl`.
/// Returns the front's port, the CA file, and the relay (stopped when dropped).
fn tls_front(to: u16, dir: &Path) -> (u16, PathBuf, Lrs) {
    let openssl = |args: &[&str]| {
        let out = Command::new("openssl")
            .current_dir(dir)
            .args(args)
            .output()
            .expect("openssl runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=Faultline test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign",
    ]);
    openssl(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "lrs.key",
        "-out",
        "lrs.csr",
        "-subj",
        "/CN=localhost",
    ]);
    std::fs::write(
        dir.join("ext.cnf"),
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
    )
    .expect("ext");
    openssl(&[
        "x509",
        "-req",
        "-in",
        "lrs.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "lrs.pem",
        "-days",
        "2",
        "-extfile",
        "ext.cnf",
    ]);
    let relay = r#"
import socket, ssl, sys, threading
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain("lrs.pem", "lrs.key")
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(16)
print(srv.getsockname()[1], flush=True)
def pipe(a, b):
    try:
        while True:
            data = a.recv(65536)
            if not data:
                break
            b.sendall(data)
    except Exception:
        pass
    for s in (a, b):
        try:
            s.close()
        except Exception:
            pass
while True:
    client, _ = srv.accept()
    try:
        tls = ctx.wrap_socket(client, server_side=True)
    except Exception:
        continue
    up = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
    threading.Thread(target=pipe, args=(tls, up), daemon=True).start()
    threading.Thread(target=pipe, args=(up, tls), daemon=True).start()
"#;
    let mut child = Command::new("python3")
        .current_dir(dir)
        .args(["-c", relay, &to.to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("python3 starts");
    let mut port = String::new();
    let mut stdout = child.stdout.take().expect("stdout");
    let mut byte = [0u8; 1];
    while stdout.read(&mut byte).is_ok_and(|n| n == 1) && byte[0] != b'\n' {
        port.push(byte[0] as char);
    }
    let port: u16 = port.trim().parse().expect("the relay's port");
    (port, dir.join("ca.pem"), Lrs { child, port })
}

#[test]
fn an_https_lrs_takes_the_statements_over_tls() {
    let lrs = start_lrs();
    let s = session("https", 1);
    let dir = s.parent().expect("dir").to_path_buf();
    let (tls_port, ca, _front) = tls_front(lrs.port, &dir);
    // The session points at the https front and trusts the college's CA.
    let text = std::fs::read_to_string(&s).expect("session").replace(
        "endpoint: \"http://127.0.0.1:1/xAPI\"",
        &format!(
            "endpoint: \"https://127.0.0.1:{tls_port}/xAPI\", ca_file: \"{}\"",
            ca.display()
        ),
    );
    std::fs::write(&s, text).expect("session");
    let out = station(&s, "t0");
    assert!(out.contains("xAPI: 4 statement(s) sent"), "{out}");
    let reg = registration("https", "t0", "conveyor-tote-jam");
    assert_eq!(stored_ids(lrs.port, &reg, None).len(), 4);
    // Without the CA the certificate is not trusted: nothing is sent, nothing is lost.
    let text = std::fs::read_to_string(&s)
        .expect("session")
        .replace(&format!(", ca_file: \"{}\"", ca.display()), "");
    std::fs::write(&s, text).expect("session");
    let out = station(&s, "t1");
    assert!(out.contains("waiting in"), "{out}");
    assert!(
        stored_ids(
            lrs.port,
            &registration("https", "t1", "conveyor-tote-jam"),
            None
        )
        .is_empty()
    );
}

#[test]
fn verify_lrs_checks_the_log_against_the_closing_statement() {
    let lrs = start_lrs();
    let s = session("seal", lrs.port);
    let out = station(&s, "t0");
    assert!(out.contains("xAPI: 4 statement(s) sent"), "{out}");
    let log = s
        .parent()
        .expect("dir")
        .join("attempts/t0/conveyor-tote-jam.jsonl");
    let out = faultline(&["verify".as_ref(), log.as_os_str(), "--lrs".as_ref()]);
    assert!(
        out.contains("the LRS holds the same length and chain value"),
        "{out}"
    );
    // Cut the log's last lines: the LRS still knows how long it was.
    let text = std::fs::read_to_string(&log).expect("log");
    let lines: Vec<&str> = text.lines().collect();
    std::fs::write(&log, lines[..lines.len() - 3].join("\n") + "\n").expect("cut");
    let out = faultline(&["verify".as_ref(), log.as_os_str(), "--lrs".as_ref()]);
    assert!(
        out.contains("the LRS received") && out.contains("NOT verified"),
        "{out}"
    );
}
