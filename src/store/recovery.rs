//! Recovery files: unsaved work written every few seconds to the platform's
//! data folder — never over the officer's own file — so that a crash, a dead
//! battery or a killed process loses at most a few seconds of typing.

use crate::i18n::Language;
use crate::tr;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::{FileStamp, IoReason, SaveError, SaveStep, write_atomically};
use crate::model::Document;

/// What a recovery file holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recovery {
    /// The file the work belongs to; `None` for a document never saved.
    pub original: Option<PathBuf>,
    /// What that file held when Carta last read or wrote it: if it holds
    /// something else at restore, someone changed it after this copy was made.
    #[serde(default)]
    pub original_stamp: Option<FileStamp>,
    /// Seconds since 1970 when it was written.
    pub saved_at: u64,
    /// The process that wrote it, to tell a running Carta from a crashed one.
    pub pid: u32,
    /// What tells that process from a later one given the same id (ids are
    /// reused, after a reboot above all): see `process_identity`.
    #[serde(default)]
    pub process: Option<String>,
    pub document: Document,
}

impl Recovery {
    pub fn new(original: Option<PathBuf>, document: Document) -> Self {
        Self {
            original,
            original_stamp: None,
            saved_at: now(),
            pid: std::process::id(),
            process: process_identity(std::process::id()),
            document,
        }
    }

    /// True when the work's file, which now holds `now_on_disk`, holds
    /// something else than when this copy was made: someone saved over it
    /// after Carta stopped.
    pub fn file_changed_since(&self, now_on_disk: Option<FileStamp>) -> bool {
        let Some(path) = &self.original else {
            return false;
        };
        match self.original_stamp {
            Some(kept) => now_on_disk != Some(kept),
            // A copy from before stamps were kept: compare the times instead.
            None => std::fs::metadata(path)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .is_some_and(|t| t.as_secs() >= self.saved_at),
        }
    }

    /// "3 minutes ago", for the restore question.
    pub fn age(&self, language: Language) -> String {
        let seconds = now().saturating_sub(self.saved_at);
        match seconds {
            0..=59 => tr!(language, "age-now"),
            60..=3599 => tr!(language, "age-minutes", count = seconds / 60),
            3600..=172_799 => tr!(language, "age-hours", count = seconds / 3600),
            _ => tr!(language, "age-days", count = seconds / 86_400),
        }
    }
}

/// A recovery copy on its way to the disk or to the panic hook, holding the
/// document as the undo history does (its programs shared): making one copies
/// no program, so the window never waits for it.
pub struct Pending {
    pub original: Option<PathBuf>,
    pub original_stamp: Option<FileStamp>,
    saved_at: u64,
    document: Document,
}

impl Pending {
    pub fn new(
        original: Option<PathBuf>,
        original_stamp: Option<FileStamp>,
        document: &Document,
    ) -> Self {
        Self {
            original,
            original_stamp,
            saved_at: now(),
            document: document.clone(),
        }
    }

    /// The recovery file's content.
    pub fn recovery(&self) -> Recovery {
        let document = self.document.clone();
        Recovery {
            original: self.original.clone(),
            original_stamp: self.original_stamp,
            saved_at: self.saved_at,
            pid: std::process::id(),
            process: process_identity(std::process::id()),
            document,
        }
    }
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Instances of the app alive in this process: their recovery files are not
/// leftovers of a crash, even though their process is running.
static LIVE: Mutex<Option<HashSet<String>>> = Mutex::new(None);

fn set_live(instance: &str, alive: bool) {
    let Ok(mut live) = LIVE.lock() else { return };
    let live = live.get_or_insert_with(HashSet::new);
    if alive {
        live.insert(instance.to_owned());
    } else {
        live.remove(instance);
    }
}

fn is_live(instance: &str) -> bool {
    LIVE.lock()
        .ok()
        .and_then(|live| live.as_ref().map(|l| l.contains(instance)))
        .unwrap_or(false)
}

/// One running app's recovery file, in `folder`.
#[derive(Debug)]
pub struct RecoveryFile {
    folder: PathBuf,
    instance: String,
}

impl RecoveryFile {
    /// A recovery file for a new app instance; it is registered as running.
    pub fn new(folder: &Path) -> Self {
        static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let count = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let instance = format!("{}-{count}-{}", std::process::id(), now());
        set_live(&instance, true);
        Self {
            folder: folder.to_owned(),
            instance,
        }
    }

    pub fn path(&self) -> PathBuf {
        self.folder.join(format!("recovery-{}.ron", self.instance))
    }

    /// Writes (or replaces) this instance's recovery file.
    pub fn write(&self, recovery: &Recovery) -> Result<(), SaveError> {
        std::fs::create_dir_all(&self.folder).map_err(|err| {
            SaveError::new(&self.folder, SaveStep::CreateFolder, IoReason::of(&err))
        })?;
        let text = ron::ser::to_string_pretty(recovery, super::pretty_config()).map_err(|err| {
            SaveError::new(
                &self.path(),
                SaveStep::Serialize,
                IoReason::Other(err.to_string()),
            )
        })?;
        // A copy no Carta could read back would only pretend to keep the work.
        if text.len() as u64 > super::MAX_FILE_BYTES {
            let reason = IoReason::TooLarge(text.len() as u64);
            return Err(SaveError::new(&self.path(), SaveStep::TooLarge, reason));
        }
        write_atomically(&self.path(), text.as_bytes(), false)
    }

    /// Removes this instance's recovery file: the work is saved or given up.
    pub fn remove(&self) {
        let _ = std::fs::remove_file(self.path());
    }
}

impl Drop for RecoveryFile {
    fn drop(&mut self) {
        // Not removing the file: if the app is going away without a clean exit,
        // the file is exactly what the next start should offer back.
        set_live(&self.instance, false);
    }
}

/// Forgets a leftover recovery file once the officer restored or discarded it.
pub fn discard(leftover: &Path) {
    let _ = std::fs::remove_file(leftover);
}

/// Recovery files left by Carta instances that are no longer running, newest first.
pub fn leftovers(folder: &Path) -> Vec<(PathBuf, Recovery)> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<(PathBuf, Recovery)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter_map(|path| {
            let name = path.file_name()?.to_str()?;
            let instance = name
                .strip_prefix("recovery-")?
                .strip_suffix(".ron")?
                .to_owned();
            if is_live(&instance) {
                return None;
            }
            let bytes = super::read_capped(&path).ok()?;
            let recovery: Recovery = ron::from_str(std::str::from_utf8(&bytes).ok()?).ok()?;
            // Written by this very Carta (a document it opened before), or
            // by an older Carta that kept no identity: neither is running
            // elsewhere, though the id is ours now.
            let same_process = recovery.pid == std::process::id()
                && (recovery.process.is_none()
                    || recovery.process == process_identity(recovery.pid));
            (same_process || !writer_running(&recovery)).then_some((path, recovery))
        })
        .collect();
    found.sort_by_key(|(_, recovery)| std::cmp::Reverse(recovery.saved_at));
    found
}

/// The latest settled state of the open document and where its recovery file
/// goes, kept for the panic hook: if Carta itself fails, the hook writes it
/// before anything else.
static CRASH_SNAPSHOT: Mutex<Option<(PathBuf, Arc<Pending>)>> = Mutex::new(None);

/// Keeps `recovery` for `write_crash_snapshot`; `None` when nothing is unsaved.
/// Shared, not copied: the same record may be on its way to the writer.
pub fn remember_for_crash(snapshot: Option<(PathBuf, Arc<Pending>)>) {
    if let Ok(mut kept) = CRASH_SNAPSHOT.try_lock() {
        *kept = snapshot;
    }
}

/// Writes the remembered state to its recovery file; for the panic hook, so it
/// never blocks and never panics.
pub fn write_crash_snapshot() -> Option<PathBuf> {
    let kept = CRASH_SNAPSHOT.try_lock().ok()?;
    let (path, recovery) = kept.as_ref()?;
    let text = ron::ser::to_string_pretty(&recovery.recovery(), super::pretty_config()).ok()?;
    write_atomically(path, text.as_bytes(), false).ok()?;
    Some(path.clone())
}

/// Is the Carta that wrote `recovery` still running? Its process id alone
/// does not say: another program may have it now (after a reboot ids are
/// reused), and its work would never be offered back. Where the file says
/// which process it was, that process must still be the one of that id.
fn writer_running(recovery: &Recovery) -> bool {
    if !process_running(recovery.pid) {
        return false;
    }
    match &recovery.process {
        Some(kept) => process_identity(recovery.pid).as_ref() == Some(kept),
        None => true,
    }
}

/// What tells process `pid` from any other that had or will have its id:
/// on Linux, the boot it runs in and its start time (in clock ticks since
/// that boot); on Windows its creation time; elsewhere nothing (the id
/// alone is compared).
#[cfg(target_os = "linux")]
fn process_identity(pid: u32) -> Option<String> {
    let boot = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").ok()?;
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command's name comes in brackets and may hold spaces: count the
    // fields after it. Field 22 (starttime) is the 20th after field 2.
    let after_name = &stat[stat.rfind(')')? + 1..];
    let started = after_name.split_whitespace().nth(19)?;
    Some(format!("{}:{started}", boot.trim()))
}

/// Windows: the process's creation time (100 ns since 1601), which a later
/// process given the same id cannot share.
#[cfg(windows)]
fn process_identity(pid: u32) -> Option<String> {
    use windows_sys::Win32::Foundation::{CloseHandle, FILETIME};
    use windows_sys::Win32::System::Threading::{
        GetProcessTimes, OpenProcess, PROCESS_QUERY_LIMITED_INFORMATION,
    };
    let zero = FILETIME {
        dwLowDateTime: 0,
        dwHighDateTime: 0,
    };
    let (mut created, mut exited, mut kernel, mut user) = (zero, zero, zero, zero);
    // SAFETY: the handle is checked before use and closed once; the times
    // are written into locals.
    let asked = unsafe {
        let handle = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid);
        if handle.is_null() {
            return None;
        }
        let asked = GetProcessTimes(handle, &mut created, &mut exited, &mut kernel, &mut user);
        CloseHandle(handle);
        asked != 0
    };
    let ticks = (u64::from(created.dwHighDateTime) << 32) | u64::from(created.dwLowDateTime);
    asked.then(|| format!("created:{ticks}"))
}

#[cfg(not(any(target_os = "linux", windows)))]
fn process_identity(_pid: u32) -> Option<String> {
    None
}

#[cfg(target_os = "linux")]
fn process_running(pid: u32) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
}

/// Windows: a process of that id that has not ended (an officer often has
/// two Carta windows open; the other's recovery file is not a leftover).
#[cfg(windows)]
fn process_running(pid: u32) -> bool {
    use windows_sys::Win32::Foundation::{CloseHandle, STILL_ACTIVE};
    use windows_sys::Win32::System::Threading::{
        GetExitCodeProcess, OpenProcess, PROCESS_QUERY_LIMITED_INFORMATION,
    };
    // SAFETY: the handle is checked before use and closed once; the exit code
    // is written into a local.
    unsafe {
        let handle = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid);
        if handle.is_null() {
            return false;
        }
        let mut code = 0u32;
        let asked = GetExitCodeProcess(handle, &mut code) != 0;
        CloseHandle(handle);
        asked && code == STILL_ACTIVE as u32
    }
}

/// Without a cheap way to ask, assume the writer is gone: offering a recovery
/// twice is better than never.
#[cfg(not(any(target_os = "linux", windows)))]
fn process_running(_pid: u32) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Localized;

    #[cfg(target_os = "linux")]
    #[test]
    fn a_process_id_taken_by_another_program_hides_no_recovery() {
        let folder = tempfile::tempdir().unwrap();
        // Process 1 always runs; the Carta that had that id before a reboot does not.
        let mut left = Recovery::new(None, Document::default());
        left.pid = 1;
        left.process = Some("an-earlier-boot:4242".to_owned());
        let text = ron::ser::to_string_pretty(&left, super::super::pretty_config()).unwrap();
        std::fs::write(folder.path().join("recovery-1-0.ron"), text).unwrap();
        assert_eq!(leftovers(folder.path()).len(), 1, "offered back");
        // A file of a Carta still running (this very process, as another
        // instance would be) is not a leftover.
        let mut running = Recovery::new(None, Document::default());
        running.pid = std::process::id();
        assert!(running.process.is_some(), "this process is told apart");
        assert!(writer_running(&running));
        running.pid = 1;
        assert!(!writer_running(&running), "same id, another process");
    }

    #[test]
    fn an_older_cartas_file_with_this_processs_id_is_offered() {
        let folder = tempfile::tempdir().unwrap();
        // Written by a Carta that kept no identity, whose id is ours today.
        let mut left = Recovery::new(None, Document::default());
        left.pid = std::process::id();
        left.process = None;
        let text = ron::ser::to_string_pretty(&left, super::super::pretty_config()).unwrap();
        let name = format!("recovery-{}-999999.ron", left.pid);
        std::fs::write(folder.path().join(name), text).unwrap();
        assert_eq!(leftovers(folder.path()).len(), 1, "offered back");
    }

    #[cfg(any(target_os = "linux", windows))]
    #[test]
    fn this_process_is_told_from_any_other_with_its_id() {
        let own = process_identity(std::process::id());
        assert!(own.is_some());
        assert_eq!(own, process_identity(std::process::id()), "stable");
    }

    #[test]
    fn a_dropped_instance_leaves_its_file_to_recover() {
        let folder = tempfile::tempdir().unwrap();
        let mut document = Document::default();
        document.city.name = Localized::new("en", "Utrecht");
        let file = RecoveryFile::new(folder.path());
        file.write(&Recovery::new(
            Some("/x/utrecht.ron".into()),
            document.clone(),
        ))
        .unwrap();
        assert!(
            leftovers(folder.path()).is_empty(),
            "a running instance's file is not a leftover"
        );
        drop(file);
        let found = leftovers(folder.path());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.document, document);
        assert_eq!(
            found[0].1.age(crate::i18n::Language::ENGLISH),
            "less than a minute ago"
        );
    }

    #[test]
    fn the_crash_snapshot_is_written_where_the_next_start_looks() {
        let folder = tempfile::tempdir().unwrap();
        let file = RecoveryFile::new(folder.path());
        let mut document = Document::default();
        document.city.name = Localized::new("en", "Gwangju");
        let record = Arc::new(Pending::new(None, None, &document));
        remember_for_crash(Some((file.path(), record)));
        assert_eq!(write_crash_snapshot(), Some(file.path()));
        remember_for_crash(None);
        drop(file);
        assert_eq!(leftovers(folder.path())[0].1.document, document);
    }

    #[test]
    fn a_removed_file_is_not_offered() {
        let folder = tempfile::tempdir().unwrap();
        let file = RecoveryFile::new(folder.path());
        file.write(&Recovery::new(None, Document::default()))
            .unwrap();
        file.remove();
        drop(file);
        assert!(leftovers(folder.path()).is_empty());
    }
}
