//! The real app, in a real (virtual) X display, killed with SIGKILL after an
//! edit: its recovery file must hold the edit for the next start to offer.
//! Needs Xvfb and xdotool (`.ci/run` installs them); without them it says so
//! and checks nothing.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use carta::store;

fn have(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn xdotool(display: &str, args: &[&str]) -> String {
    let output = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .unwrap();
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

#[test]
fn sigkill_after_edits_leaves_them_in_the_recovery_file() {
    if !have("Xvfb") || !have("xdotool") {
        eprintln!("skipped: Xvfb and xdotool are not installed (.ci/run installs them)");
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("san-antonio.ron");
    store::save(&store::embedded_profile(), &path).unwrap();
    // A display number nobody uses, as the screenshot tool picks one.
    let number = (150..400)
        .find(|n| {
            !std::path::Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !std::path::Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .unwrap();
    let display = format!(":{number}");
    let _xvfb = Killed(
        Command::new("Xvfb")
            .args([
                display.as_str(),
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    std::thread::sleep(Duration::from_millis(800));
    let mut app = Killed(
        Command::new(env!("CARGO_BIN_EXE_carta"))
            .arg("--no-native-dialogs")
            .arg(&path)
            .env("DISPLAY", &display)
            .env_remove("WAYLAND_DISPLAY")
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_DATA_HOME", home.path().join("data"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let pid = app.0.id().to_string();
    let start = Instant::now();
    let window = loop {
        let found = xdotool(&display, &["search", "--onlyvisible", "--pid", &pid]);
        if let Some(id) = found.lines().last().filter(|id| !id.is_empty()) {
            break id.to_owned();
        }
        assert!(
            start.elapsed() < Duration::from_secs(40),
            "the window never appeared"
        );
        std::thread::sleep(Duration::from_millis(200));
    };
    std::thread::sleep(Duration::from_secs(2));
    // The City panel opens first; its first field, City name, sits at the top.
    xdotool(&display, &["windowfocus", "--sync", &window]);
    xdotool(
        &display,
        &["mousemove", "--window", &window, "600", "159", "click", "1"],
    );
    std::thread::sleep(Duration::from_millis(500));
    xdotool(&display, &["key", "End"]);
    xdotool(&display, &["type", "--delay", "40", " Puerto"]);
    // Autosave runs every five seconds.
    std::thread::sleep(Duration::from_secs(7));
    // SIGKILL: nothing of the app runs any more.
    app.0.kill().unwrap();
    app.0.wait().unwrap();

    let folder = home.path().join("data").join("carta").join("recovery");
    let leftovers = store::recovery::leftovers(&folder);
    assert_eq!(
        leftovers.len(),
        1,
        "one recovery file in {}",
        folder.display()
    );
    let (_, recovery) = &leftovers[0];
    assert_eq!(recovery.document.city.name.get("en"), "San Antonio Puerto");
    assert_eq!(recovery.original.as_deref(), Some(path.as_path()));
    assert_eq!(
        store::load(&path).unwrap().city.name.get("en"),
        "San Antonio",
        "the file itself is untouched"
    );
}
