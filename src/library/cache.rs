//! What a library folder held when it was last read, kept in the platform's
//! cache folder so that a second opening skips the parsing.
//!
//! One small file per profile (not one big file per library): a changed
//! profile rewrites only its own entry, entries are read back on every core,
//! and a half-written entry spoils nothing but itself. Each entry holds the
//! file's path, size, modification time and the hash of its bytes, and the
//! profile's public view with its search index, as MessagePack (compact, fast,
//! and self-describing, so the profile's optional fields need no special form).
//!
//! An entry is trusted without reading the file when the size and the
//! modification time still match. When they do not, the file is read and
//! hashed: same bytes (a file copied or touched) keep the entry, other bytes
//! are parsed again. The cache is only ever an optimisation: an entry that is
//! missing, unreadable or from another version of Carta is simply rebuilt.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use crate::model::Document;
use crate::model::catalogue::SearchIndex;

/// Bumped whenever what an entry holds changes shape; Carta's version is
/// checked too, since the profile's own shape may change with it.
const FORMAT: u32 = 1;

/// How close to its entry's making a file's time must not be for size and
/// time alone to be trusted: two seconds, the coarsest clock in use (FAT,
/// some network shares).
const RACY_NANOS: u128 = 2_000_000_000;

fn now() -> u128 {
    std::time::SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_nanos())
}

/// The cache of one library folder.
pub struct Cache {
    dir: PathBuf,
}

/// A file's size and modification time, taken before it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    pub len: u64,
    /// Nanoseconds since 1970; `None` where the system does not tell.
    pub modified: Option<u128>,
}

impl Seen {
    pub fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        let modified = meta
            .modified()
            .ok()
            .and_then(|time| time.duration_since(UNIX_EPOCH).ok())
            .map(|since| since.as_nanos());
        Some(Self {
            len: meta.len(),
            modified,
        })
    }
}

/// What one file held: a profile (public view and its index), or nothing
/// worth keeping (a text file that is no campaign page).
#[derive(Serialize, Deserialize)]
pub struct Entry {
    format: u32,
    carta: String,
    pub path: String,
    pub seen: Seen,
    pub hash: u64,
    /// When the entry was made, in nanoseconds since 1970.
    written: u128,
    pub profile: Option<(Document, SearchIndex)>,
}

impl Entry {
    pub fn new(
        path: &Path,
        seen: Seen,
        hash: u64,
        profile: Option<(Document, SearchIndex)>,
    ) -> Self {
        Self {
            format: FORMAT,
            carta: env!("CARGO_PKG_VERSION").to_owned(),
            path: path.display().to_string(),
            seen,
            hash,
            written: now(),
            profile,
        }
    }

    /// True when the file looks as it did when this entry was made, and
    /// that says enough: a file changed within `RACY_NANOS` of the entry may
    /// have changed again within the same tick of the file system's clock,
    /// keeping its size and time, so such an entry is checked by its hash.
    pub fn still_fits(&self, seen: Seen) -> bool {
        let settled = seen
            .modified
            .is_some_and(|modified| self.written.saturating_sub(modified) > RACY_NANOS);
        settled && self.seen == seen
    }
}

impl Cache {
    /// The cache of `folder` under `root` (the platform's cache folder).
    pub fn of_folder(root: &Path, folder: &Path) -> Self {
        let folder = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_owned());
        Self {
            dir: root.join("library").join(format!(
                "{:016x}",
                hash_of(folder.as_os_str().as_encoded_bytes())
            )),
        }
    }

    fn entry_path(&self, file: &Path) -> PathBuf {
        let name = hash_of(file.as_os_str().as_encoded_bytes());
        self.dir.join(format!("{name:016x}.msgpack"))
    }

    /// The entry kept for `file`, if there is one this Carta can read.
    pub fn get(&self, file: &Path) -> Option<Entry> {
        let bytes = std::fs::read(self.entry_path(file)).ok()?;
        let entry: Entry = rmp_serde::from_slice(&bytes).ok()?;
        let fits = entry.format == FORMAT
            && entry.carta == env!("CARGO_PKG_VERSION")
            && entry.path == file.display().to_string();
        fits.then_some(entry)
    }

    /// Keeps `entry` for `file`, replacing the old one whole (written beside
    /// it, then renamed). A cache that cannot be written costs only speed.
    pub fn put(&self, file: &Path, entry: &Entry) {
        let written = std::fs::create_dir_all(&self.dir)
            .map_err(|e| e.to_string())
            .and_then(|()| rmp_serde::to_vec_named(entry).map_err(|e| e.to_string()))
            .and_then(|bytes| {
                let mut temporary =
                    tempfile::NamedTempFile::new_in(&self.dir).map_err(|e| e.to_string())?;
                std::io::Write::write_all(&mut temporary, &bytes).map_err(|e| e.to_string())?;
                temporary
                    .persist(self.entry_path(file))
                    .map_err(|e| e.to_string())
                    .map(drop)
            });
        if let Err(error) = written {
            log::warn!("library cache for {}: {error}", file.display());
        }
    }

    /// Removes the entries of files no longer in the folder.
    pub fn keep_only(&self, files: &[PathBuf]) {
        let kept: std::collections::HashSet<PathBuf> =
            files.iter().map(|file| self.entry_path(file)).collect();
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if !kept.contains(&path) {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

/// SipHash with fixed keys: the same path names the same entry in every run.
fn hash_of(bytes: &[u8]) -> u64 {
    use std::hash::Hasher as _;
    let mut hasher = siphasher::sip::SipHasher13::new();
    hasher.write(bytes);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_comes_back_as_it_was_kept() {
        let root = tempfile::tempdir().unwrap();
        let cache = Cache::of_folder(root.path(), Path::new("/nowhere/library"));
        let document = crate::model::synthetic::library_profile(3, 5).into_public_view();
        let index = SearchIndex::build(&document);
        let file = Path::new("/nowhere/library/a.ron");
        let seen = Seen {
            len: 10,
            modified: Some(7),
        };
        cache.put(
            file,
            &Entry::new(file, seen, 42, Some((document.clone(), index))),
        );
        let entry = cache.get(file).expect("the entry");
        assert!(entry.still_fits(seen));
        let just_now = Seen {
            len: 10,
            modified: Some(now()),
        };
        let racy = Entry::new(file, just_now, 42, None);
        assert!(
            !racy.still_fits(just_now),
            "a file changed as its entry was made is checked by its hash"
        );
        assert_eq!(entry.hash, 42);
        assert_eq!(entry.profile.expect("a profile").0, document);
        assert!(
            cache.get(Path::new("/nowhere/library/b.ron")).is_none(),
            "another file has no entry"
        );
        cache.keep_only(&[]);
        assert!(cache.get(file).is_none(), "pruned with its file");
    }
}
