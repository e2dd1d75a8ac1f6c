//! Noticing when another program changes, replaces or deletes the open file.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use notify::{RecursiveMode, Watcher as _};

/// Watches the folder of the open file (an atomic save by another program
/// replaces the file, so watching the file itself would miss it) and wakes the
/// app when anything happens to a file of that name.
pub struct FileWatch {
    pub path: PathBuf,
    changed: Arc<AtomicBool>,
    _watcher: notify::RecommendedWatcher,
}

impl FileWatch {
    /// `None` when the platform offers no watching; saves still check first.
    pub fn new(path: &Path, ctx: &egui::Context) -> Option<Self> {
        let changed = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&changed);
        let ctx = ctx.clone();
        let name = path.file_name()?.to_owned();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else { return };
                if event
                    .paths
                    .iter()
                    .any(|p| p.file_name() == Some(name.as_os_str()))
                {
                    flag.store(true, Ordering::Relaxed);
                    ctx.request_repaint();
                }
            })
            .ok()?;
        let folder = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        watcher.watch(folder, RecursiveMode::NonRecursive).ok()?;
        Some(Self {
            path: path.to_owned(),
            changed,
            _watcher: watcher,
        })
    }

    /// True once after something happened to the file.
    pub fn take_changed(&self) -> bool {
        self.changed.swap(false, Ordering::Relaxed)
    }
}
