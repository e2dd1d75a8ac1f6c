//! The real app, in a real (virtual) X display: killed with SIGKILL after an
//! edit, its recovery file must hold the edit for the next start to offer; on
//! a Spanish keyboard, dead keys must compose accented letters.
//! Needs Xvfb and xdotool (`.ci/run` installs them); without them it says so
//! and checks nothing.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use carta::store;

pub(crate) fn have(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A child process that ends with its owner: asked politely first (SIGTERM),
/// so Xvfb removes its lock and socket, then killed if it lingers.
pub(crate) struct Killed(pub(crate) Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let asked = Instant::now();
        while matches!(self.0.try_wait(), Ok(None)) && asked.elapsed() < Duration::from_secs(3) {
            std::thread::sleep(Duration::from_millis(50));
        }
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

/// One real window at a time: two Xvfb servers starting together would pick
/// the same free display number, and the two apps would fight over two cores.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Carta in its own virtual display, on `path`, with a fresh home in `home`.
pub(crate) struct RealWindow {
    pub(crate) display: String,
    pub(crate) window: String,
    pub(crate) app: Killed,
    _xvfb: Killed,
    _turn: std::sync::MutexGuard<'static, ()>,
}

impl RealWindow {
    /// Starts Xvfb with keyboard `layout`, then Carta, and waits for its window.
    pub(crate) fn start(home: &std::path::Path, path: &std::path::Path, layout: &str) -> Self {
        Self::start_with(home, path, layout, &[])
    }

    /// `start`, with more variables in Carta's environment (`BROWSER`…).
    pub(crate) fn start_with(
        home: &std::path::Path,
        path: &std::path::Path,
        layout: &str,
        env: &[(&str, &std::ffi::OsStr)],
    ) -> Self {
        Self::launch(home, path, layout, env, &["--no-native-dialogs"])
    }

    /// `start`, the system's file dialogs shown (rfd: the desktop portal,
    /// else zenity) instead of Carta's own path field.
    #[cfg_attr(
        not(unix),
        expect(dead_code, reason = "the dialog test runs where zenity does")
    )]
    pub(crate) fn start_with_native_dialogs(
        home: &std::path::Path,
        path: &std::path::Path,
        env: &[(&str, &std::ffi::OsStr)],
    ) -> Self {
        Self::launch(home, path, "us", env, &[])
    }

    fn launch(
        home: &std::path::Path,
        path: &std::path::Path,
        layout: &str,
        env: &[(&str, &std::ffi::OsStr)],
        flags: &[&str],
    ) -> Self {
        let turn = ONE_AT_A_TIME
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // A display number nobody uses, as the screenshot tool picks one.
        let number = (150..400)
            .find(|n| {
                !std::path::Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                    && !std::path::Path::new(&format!("/tmp/.X{n}-lock")).exists()
            })
            .unwrap();
        let display = format!(":{number}");
        let xvfb = Killed(
            Command::new("Xvfb")
                .args([
                    display.as_str(),
                    "-screen",
                    "0",
                    "1280x800x24",
                    "-nolisten",
                    "tcp",
                    // Without it the server resets when its last client
                    // leaves: setxkbmap leaving made the app's connection
                    // fail now and then ("Failed to open connection to X
                    // server"), and a reset would undo the layout too.
                    "-noreset",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap(),
        );
        // setxkbmap succeeds once the server takes connections.
        let start = Instant::now();
        while !Command::new("setxkbmap")
            .args(["-layout", layout])
            .env("DISPLAY", &display)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
        {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "Xvfb on {display} never took setxkbmap -layout {layout}"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
        let log = home.join("carta.log");
        let mut app = Killed(
            Command::new(env!("CARGO_BIN_EXE_carta"))
                .args(flags)
                .arg(path)
                .env("DISPLAY", &display)
                .env_remove("WAYLAND_DISPLAY")
                // English labels; a UTF-8 locale, so the X compose table
                // (dead keys) is the one every desktop has.
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env("LANG", "C.UTF-8")
                .env("HOME", home)
                .env("XDG_CONFIG_HOME", home.join("config"))
                .env("XDG_DATA_HOME", home.join("data"))
                .envs(env.iter().copied())
                .stdout(Stdio::null())
                .stderr(std::fs::File::create(&log).unwrap())
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
            let said = || std::fs::read_to_string(&log).unwrap_or_default();
            if let Ok(Some(status)) = app.0.try_wait() {
                panic!(
                    "carta ended ({status}) before its window appeared: {}",
                    said()
                );
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "the window never appeared on {display}: {}",
                said()
            );
            std::thread::sleep(Duration::from_millis(200));
        };
        // The app names its window after the file on its first frame: from
        // then on it reads input, however slow a loaded machine makes it.
        let file_name = path.file_name().unwrap().to_string_lossy().into_owned();
        while !xdotool(&display, &["getwindowname", &window]).contains(&file_name) {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "the app never drew its first frame"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
        std::thread::sleep(Duration::from_secs(1));
        xdotool(&display, &["windowfocus", "--sync", &window]);
        Self {
            display,
            window,
            app,
            _xvfb: xvfb,
            _turn: turn,
        }
    }

    /// Clicks the City name field, the first of the City panel, which opens first.
    pub(crate) fn click_city_name(&self) {
        self.xdotool(&[
            "mousemove",
            "--window",
            &self.window,
            "600",
            "159",
            "click",
            "1",
        ]);
        std::thread::sleep(Duration::from_millis(500));
    }

    pub(crate) fn xdotool(&self, args: &[&str]) -> String {
        xdotool(&self.display, args)
    }
}

pub(crate) fn have_a_real_display() -> bool {
    if have("Xvfb") && have("xdotool") && have("setxkbmap") {
        return true;
    }
    eprintln!("skipped: Xvfb, xdotool and setxkbmap are not installed (.ci/run installs them)");
    false
}

#[test]
fn sigkill_after_edits_leaves_them_in_the_recovery_file() {
    if !have_a_real_display() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("san-antonio.ron");
    store::save(&store::embedded_profile(), &path).unwrap();
    let mut carta = RealWindow::start(home.path(), &path, "us");
    carta.click_city_name();
    carta.xdotool(&["key", "End"]);
    carta.xdotool(&["type", "--delay", "40", " Puerto"]);
    // Autosave runs every five seconds; a loaded machine may take longer, so
    // wait until the edit is in a recovery file (or give up after 40 s).
    // The file is read as recovery reads it: a file being written beside it
    // (seen holding the edit a moment before it took the recovery file's
    // place) does not count.
    let folder = home.path().join("data").join("carta").join("recovery");
    let start = Instant::now();
    let holds_the_edit = || {
        (store::recovery::leftovers(&folder).iter())
            .any(|(_, recovery)| recovery.document.city.name.get("en") == "San Antonio Puerto")
    };
    while !holds_the_edit() && start.elapsed() < Duration::from_secs(40) {
        std::thread::sleep(Duration::from_millis(250));
    }
    // Whether the app was still running, and what it said, tell why a
    // recovery file would lack the edit.
    if let Ok(Some(status)) = carta.app.0.try_wait() {
        let said = std::fs::read_to_string(home.path().join("carta.log")).unwrap_or_default();
        panic!("carta ended ({status}) before it was killed: {said}");
    }
    // SIGKILL: nothing of the app runs any more.
    carta.app.0.kill().unwrap();
    carta.app.0.wait().unwrap();

    let leftovers = store::recovery::leftovers(&folder);
    assert_eq!(
        leftovers.len(),
        1,
        "one recovery file in {}",
        folder.display()
    );
    let (_, recovery) = &leftovers[0];
    assert_eq!(
        recovery.document.city.name.get("en"),
        "San Antonio Puerto",
        "what carta said: {}",
        std::fs::read_to_string(home.path().join("carta.log")).unwrap_or_default()
    );
    assert_eq!(recovery.original.as_deref(), Some(path.as_path()));
    assert_eq!(
        store::load(&path).unwrap().city.name.get("en"),
        "San Antonio",
        "the file itself is untouched"
    );
}

#[test]
fn dead_keys_on_a_spanish_keyboard_compose_accents_in_the_real_window() {
    if !have_a_real_display() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("valparaiso.ron");
    store::save(&carta::model::Document::default(), &path).unwrap();
    let carta = RealWindow::start(home.path(), &path, "es");
    carta.click_city_name();
    // "Valparaíso" as a Chilean officer types it: the accent key, then the vowel.
    carta.xdotool(&["type", "--delay", "60", "Valpara"]);
    carta.xdotool(&["key", "--delay", "100", "dead_acute", "i"]);
    carta.xdotool(&["type", "--delay", "60", "so, Gen"]);
    carta.xdotool(&["key", "--delay", "100", "dead_grave", "e"]);
    carta.xdotool(&["type", "--delay", "60", "ve, ni"]);
    // ñ has a key of its own on a Spanish keyboard.
    carta.xdotool(&["key", "--delay", "100", "ntilde"]);
    carta.xdotool(&["type", "--delay", "60", "ez"]);
    std::thread::sleep(Duration::from_millis(500));
    carta.xdotool(&["key", "ctrl+s"]);
    let saved = saved_city_name(&path, "Valparaíso, Genève, niñez".chars().count());
    assert_eq!(saved, "Valparaíso, Genève, niñez");
}

/// An Arabic sentence with a number and an acronym typed in the real
/// window (`xdotool type`, as a keyboard sends it) lands in order in the
/// field that edits it as it is read, and is saved as typed.
#[test]
fn arabic_typed_in_the_real_window_lands_in_order() {
    if !have_a_real_display() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("tetouan.ron");
    store::save(&carta::model::Document::default(), &path).unwrap();
    // An English and an Arabic keyboard, as Tétouan's officer has: xdotool
    // finds each letter on a key of one of them.
    let carta = RealWindow::start(home.path(), &path, "us,ara");
    carta.click_city_name();
    let sentence = "مدينة تطوان مع UN منذ 2022";
    carta.xdotool(&["type", "--delay", "80", sentence]);
    std::thread::sleep(Duration::from_millis(500));
    carta.xdotool(&["key", "ctrl+s"]);
    let saved = saved_city_name(&path, sentence.chars().count());
    assert_eq!(saved, sentence);
}

/// The city name saved in `path`, once it is `letters` long or 30 s have
/// passed (the save runs on its own thread).
fn saved_city_name(path: &std::path::Path, letters: usize) -> String {
    let start = Instant::now();
    loop {
        let name = store::load(path)
            .map(|document| document.city.name.get("en").to_owned())
            .unwrap_or_default();
        if name.chars().count() >= letters || start.elapsed() > Duration::from_secs(30) {
            return name;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}
