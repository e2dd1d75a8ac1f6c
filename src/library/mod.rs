//! A folder as a library of other cities' profiles: every profile (`.ron`)
//! and every campaign page (`.txt`, imported on the fly) under it, however
//! deep, read in parallel. Files that cannot be read are listed with their
//! place and the rest still load. Nothing is ever written into the folder.

mod cache;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::model::Document;
use crate::model::library::{Library, Profile};
use crate::store::{self, FileStamp, IoReason, LoadError};
use cache::{Cache, Entry, Seen};

/// A folder read as a library.
#[derive(Debug, Default)]
pub struct Opened {
    pub library: Library,
    /// Files that could not be read, each with its place ("FILE:LINE:COL: …").
    pub problems: Vec<LoadError>,
    /// The files parsed this time, not taken from the cache.
    pub parsed: Vec<PathBuf>,
    /// Files left out because they hold the very bytes of one read before
    /// (a profile copied into two folders counts once).
    pub copies: Vec<PathBuf>,
}

/// How far a reading has gone, for a progress bar on another thread.
#[derive(Debug, Default)]
pub struct Progress {
    /// Files found (known once the folder has been listed).
    pub total: AtomicUsize,
    /// Files read so far.
    pub done: AtomicUsize,
    /// Set by the window to stop a reading nobody waits for any more.
    pub cancelled: AtomicBool,
}

impl Progress {
    /// Files read and files found.
    pub fn counts(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }
}

/// Reads every profile and campaign page under `folder`, without a cache.
pub fn open(folder: &Path) -> Opened {
    open_with(folder, None, &Progress::default())
}

/// Reads every profile and campaign page under `folder`, taking what has not
/// changed from the cache under `cache_root` (the platform's cache folder)
/// and telling `progress` as it goes.
pub fn open_with(folder: &Path, cache_root: Option<&Path>, progress: &Progress) -> Opened {
    let (files, mut problems) = files_under(folder);
    let (files, left_out) = within_budget(files, LIBRARY_BYTES);
    problems.extend(left_out.iter().map(|path| LoadError {
        source: store::path_shown(path),
        position: None,
        problem: store::LoadProblem::LibraryFull {
            megabytes: LIBRARY_BYTES / (1024 * 1024),
        },
    }));
    progress.total.store(files.len(), Ordering::Relaxed);
    let cache = cache_root.map(|root| Cache::of_folder(root, folder));
    let read: Vec<Read> = files
        .par_iter()
        .map(|path| {
            let read = if progress.cancelled.load(Ordering::Relaxed) {
                Read::Skipped
            } else {
                read_one(path, cache.as_ref())
            };
            progress.done.fetch_add(1, Ordering::Relaxed);
            read
        })
        .collect();
    if let Some(cache) = &cache
        && !progress.cancelled.load(Ordering::Relaxed)
    {
        cache.keep_only(&files);
    }
    let mut profiles = Vec::with_capacity(read.len());
    let (mut parsed, mut copies) = (Vec::new(), Vec::new());
    let mut hashes = std::collections::HashSet::new();
    for (path, read) in files.into_iter().zip(read) {
        let (profile, hash) = match read {
            Read::Cached(profile, hash) => (profile, hash),
            Read::Parsed(profile, hash) => {
                parsed.push(path.clone());
                (profile, hash)
            }
            Read::Failed(problem) => {
                problems.push(problem);
                continue;
            }
            Read::Skipped => continue,
        };
        if let Some(profile) = profile {
            if hashes.insert(hash) {
                profiles.push(profile);
            } else {
                copies.push(path);
            }
        }
    }
    Opened {
        library: Library::of(profiles),
        problems,
        parsed,
        copies,
    }
}

/// The most a library reads, in bytes of its files: what they hold takes a
/// few times that in memory (four profiles of 56 MB took 1.6 GB), so twenty
/// big files cannot exhaust an office PC. The files past it are left out,
/// each said.
pub const LIBRARY_BYTES: u64 = 256 * 1024 * 1024;

/// `files` in order while their sizes add up to `budget` at most, and the
/// ones left out. A file too big to open costs nothing: it is refused
/// unread, and said so, rather than left out.
fn within_budget(files: Vec<PathBuf>, budget: u64) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let mut used = 0u64;
    let (mut taken, mut left) = (Vec::new(), Vec::new());
    for file in files {
        let size = std::fs::metadata(&file)
            .map_or(0, |meta| meta.len())
            .min(store::MAX_FILE_BYTES + 1);
        let size = if size > store::MAX_FILE_BYTES {
            0
        } else {
            size
        };
        if used + size <= budget {
            used += size;
            taken.push(file);
        } else {
            left.push(file);
        }
    }
    (taken, left)
}

/// What became of one file.
enum Read {
    /// Taken from the cache (`None`: a text file that is no campaign page),
    /// with the hash of the file's bytes.
    Cached(Option<Profile>, u64),
    /// Read and parsed.
    Parsed(Option<Profile>, u64),
    Failed(LoadError),
    /// Not read: the reading was cancelled.
    Skipped,
}

/// The `.ron` and `.txt` files under `folder`, in a stable order, and the
/// folders that could not be listed. Links to folders are not followed (a
/// link back up would never end); links to files are.
pub fn files_under(folder: &Path) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut pending = vec![folder.to_owned()];
    let carta_folders: Vec<PathBuf> = [
        store::settings::config_dir(),
        directories::ProjectDirs::from("org", "Carta", "Carta").map(|d| d.data_dir().to_owned()),
        // Recovery copies and crash reports (Windows: %LOCALAPPDATA%).
        directories::ProjectDirs::from("org", "Carta", "Carta")
            .map(|d| d.data_local_dir().to_owned()),
        cache_root(),
    ]
    .into_iter()
    .flatten()
    // Resolved once here, not at every folder visited.
    .map(|own| std::fs::canonicalize(&own).unwrap_or(own))
    .collect();
    while let Some(dir) = pending.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(error) => {
                problems.push(LoadError::unreadable(&store::path_shown(&dir), &error));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                // Carta's own folders (settings, recovery copies, this very
                // cache) hold no other city's profile: a home folder opened
                // as a library no longer reports `settings.ron` as broken.
                if !carta_folders.iter().any(|own| same_folder(own, &path)) {
                    pending.push(path);
                }
            } else if is_library_file(&path) {
                files.push(path);
            }
        }
    }
    files.sort();
    (files, problems)
}

/// Whether `folder` is `own` (already resolved), however it is reached.
fn same_folder(own: &Path, folder: &Path) -> bool {
    own == folder || std::fs::canonicalize(folder).is_ok_and(|folder| folder == own)
}

fn is_library_file(path: &Path) -> bool {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase);
    let hidden = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'));
    !hidden && matches!(extension.as_deref(), Some("ron" | "txt"))
}

/// One file of the library, from the cache when it has not changed.
fn read_one(path: &Path, cache: Option<&Cache>) -> Read {
    let source = store::path_shown(path);
    // Seen before reading: a file changed while it is read then no longer
    // fits its entry, and is read again next time.
    let seen = Seen::of(path);
    let kept = cache.and_then(|cache| cache.get(path));
    if let (Some(entry), Some(seen)) = (&kept, seen)
        && entry.still_fits(seen)
    {
        let hash = entry.hash;
        return Read::Cached(restore(source, kept.and_then(|entry| entry.profile)), hash);
    }
    let bytes = match store::read_capped(path) {
        Ok(bytes) => bytes,
        Err(reason) => return Read::Failed(LoadError::refused(&source, reason)),
    };
    let hash = FileStamp::of(&bytes).hash;
    let unchanged = kept
        .as_ref()
        .is_some_and(|entry| entry.hash == hash && entry.seen.len == bytes.len() as u64);
    if let (true, Some(cache), Some(seen), Some(entry)) = (unchanged, cache, seen, kept) {
        // Touched or copied, not changed: the entry stays, with the new time.
        let entry = Entry::new(path, seen, hash, entry.profile);
        cache.put(path, &entry);
        return Read::Cached(restore(source, entry.profile), hash);
    }
    match parse_one(path, &bytes, &source) {
        Ok(document) => {
            let profile = document
                .map(|document| Profile::indexed(source, document, &crate::i18n::Language::all()));
            // Kept only if the file did not change while it was read.
            let written_whole =
                seen.is_some_and(|seen| seen.len == bytes.len() as u64) && Seen::of(path) == seen;
            if let (Some(cache), Some(seen), true) = (cache, seen, written_whole) {
                let public = profile.as_ref().map(|p| p.parts().0.clone());
                cache.put(path, &Entry::new(path, seen, hash, public));
            }
            Read::Parsed(profile, hash)
        }
        Err(problem) => Read::Failed(problem),
    }
}

/// The profile an entry kept: its public view taken again, and its search
/// index built from that view (never kept: see `cache`).
fn restore(source: String, profile: Option<Document>) -> Option<Profile> {
    profile.map(|document| Profile::indexed(source, document, &crate::i18n::Language::all()))
}

/// What a library makes of a cache entry's bytes once past its seal, as
/// `open_with` does: for the fuzzer, which cannot forge a seal (a planted
/// entry never gets this far, but one of Carta's own may be spoilt on disk).
#[doc(hidden)]
pub fn profile_from_cache_entry(bytes: &[u8]) -> Option<Profile> {
    let entry = cache::decode(bytes)?;
    restore(entry.path, entry.profile)
}

/// A profile, a campaign page, or `None` for a text file that is no
/// campaign page (a README beside the profiles).
fn parse_one(path: &Path, bytes: &[u8], source: &str) -> Result<Option<Document>, LoadError> {
    let is_page = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
    if !is_page {
        return store::parse_bytes(bytes, source).map(Some);
    }
    let (document, _) = match crate::import::import_bytes(bytes, source) {
        // A profile saved with the ending of a page is read as the profile it is.
        Err(error) if error.problem == store::LoadProblem::ProfileNotPage => {
            return store::parse_bytes(bytes, source).map(Some);
        }
        imported => imported?,
    };
    let has_a_section = !document.city.name.is_unset()
        && (document.city.region.is_some()
            || !document.programs.is_empty()
            || !document.vision.prose.is_unset()
            || document.vision.answers.iter().any(|a| !a.is_unset()));
    Ok(has_a_section.then_some(document))
}

/// The platform's cache folder for Carta (`~/.cache/carta`,
/// `%LOCALAPPDATA%\Carta\Carta\cache`, `~/Library/Caches/org.Carta.Carta`).
pub fn cache_root() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Carta", "Carta").map(|dirs| dirs.cache_dir().to_owned())
}

/// Why a library folder cannot be opened at all, before any file is read.
pub fn folder_problem(folder: &Path) -> Option<IoReason> {
    match std::fs::metadata(folder) {
        Ok(meta) if meta.is_dir() => None,
        Ok(_) => Some(IoReason::NotAFolder),
        Err(error) => Some(IoReason::of(&error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_library_reads_files_up_to_its_budget_and_says_what_it_left_out() {
        let folder = tempfile::tempdir().unwrap();
        let files: Vec<PathBuf> = ["a.ron", "b.ron", "c.ron"]
            .iter()
            .map(|name| {
                let path = folder.path().join(name);
                std::fs::write(&path, [b'x'; 10]).unwrap();
                path
            })
            .collect();
        let (taken, left) = within_budget(files.clone(), 25);
        assert_eq!(taken, files[..2]);
        assert_eq!(left, files[2..]);
        let said = LoadError {
            source: "c.ron".into(),
            position: None,
            problem: store::LoadProblem::LibraryFull { megabytes: 256 },
        }
        .describe(crate::i18n::Language::ENGLISH);
        assert!(
            said.contains("left out") && said.contains("256 MB"),
            "{said}"
        );
    }

    #[test]
    fn a_file_too_big_to_open_takes_nothing_from_the_budget() {
        let folder = tempfile::tempdir().unwrap();
        let huge = folder.path().join("huge.ron");
        let file = std::fs::File::create(&huge).unwrap();
        // Sparse: no disk is used for it.
        file.set_len(store::MAX_FILE_BYTES + 1).unwrap();
        let small = folder.path().join("small.ron");
        std::fs::write(&small, [b'x'; 10]).unwrap();
        let files = vec![huge.clone(), small.clone()];
        let (taken, left) = within_budget(files, store::MAX_FILE_BYTES);
        assert_eq!(
            taken,
            [huge, small],
            "the huge one is refused, said, unread"
        );
        assert!(left.is_empty());
    }
}
