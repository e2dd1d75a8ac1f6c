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
//! An entry is trusted without reading the file when the size, the
//! modification time, the change time and the file's number (inode) still
//! match: backup and sync tools restore a modification time (`touch -r`),
//! but no tool can set the change time, which the system moves at every
//! change. When they do not match, the file is read and hashed: same bytes
//! (a file copied or touched) keep the entry, other bytes are parsed again.
//!
//! An entry is Carta's own or nothing: each is sealed with a keyed hash
//! (SipHash, the key made at random once per cache folder and readable by
//! its owner alone), so an entry planted in the cache is rebuilt from the
//! file, never shown. The search index is not kept at all: it is built
//! again from the entry's public view when the entry is read, so it can
//! never hold words of a program the view does not. Entries are read like
//! every file Carta reads: ordinary files only, capped in size (a FIFO or a
//! link to `/dev/zero` in the cache no longer blocks or fills the memory).
//! The cache is only ever an optimisation: an entry that is missing,
//! unreadable, unsealed or from another version of Carta is simply rebuilt.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use crate::model::Document;

/// Bumped whenever what an entry holds changes shape; Carta's version is
/// checked too, since the profile's own shape may change with it.
const FORMAT: u32 = 2;

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
    /// The key entries are sealed with; `None` when it could not be made
    /// (then nothing is kept, and nothing kept is trusted).
    key: Option<(u64, u64)>,
}

/// A file's size, times and number, taken before it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    pub len: u64,
    /// Nanoseconds since 1970; `None` where the system does not tell.
    pub modified: Option<u128>,
    /// When the file last changed in any way (Unix's ctime), in nanoseconds
    /// since 1970: no tool can set it back. `None` elsewhere.
    #[serde(default)]
    pub changed: Option<u128>,
    /// The file's number on its disk (Unix's device and inode): a file
    /// replaced by another of the same size and times is another file.
    #[serde(default)]
    pub inode: Option<(u64, u64)>,
}

impl Seen {
    pub fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        let modified = meta
            .modified()
            .ok()
            .and_then(|time| time.duration_since(UNIX_EPOCH).ok())
            .map(|since| since.as_nanos());
        let (changed, inode) = change_and_inode(&meta);
        Some(Self {
            len: meta.len(),
            modified,
            changed,
            inode,
        })
    }
}

#[cfg(unix)]
fn change_and_inode(meta: &std::fs::Metadata) -> (Option<u128>, Option<(u64, u64)>) {
    use std::os::unix::fs::MetadataExt as _;
    let changed = u128::try_from(meta.ctime())
        .ok()
        .map(|seconds| seconds * 1_000_000_000 + u128::try_from(meta.ctime_nsec()).unwrap_or(0));
    (changed, Some((meta.dev(), meta.ino())))
}

#[cfg(not(unix))]
fn change_and_inode(_: &std::fs::Metadata) -> (Option<u128>, Option<(u64, u64)>) {
    (None, None)
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
    /// The profile's public view (its index is built again when read).
    pub profile: Option<Document>,
}

impl Entry {
    pub fn new(path: &Path, seen: Seen, hash: u64, profile: Option<Document>) -> Self {
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
            key: seal_key(root),
        }
    }

    /// `bytes` sealed: their keyed hash first, then the bytes.
    fn seal(&self, bytes: &[u8]) -> Option<Vec<u8>> {
        let (k0, k1) = self.key?;
        let mut sealed = keyed_hash(k0, k1, bytes).to_le_bytes().to_vec();
        sealed.extend_from_slice(bytes);
        Some(sealed)
    }

    /// The bytes of a sealed entry, if Carta sealed them with this key.
    fn unseal<'b>(&self, sealed: &'b [u8]) -> Option<&'b [u8]> {
        let (k0, k1) = self.key?;
        let (seal, bytes) = sealed.split_at_checked(8)?;
        (seal == keyed_hash(k0, k1, bytes).to_le_bytes()).then_some(bytes)
    }

    fn entry_path(&self, file: &Path) -> PathBuf {
        let name = hash_of(file.as_os_str().as_encoded_bytes());
        self.dir.join(format!("{name:016x}.msgpack"))
    }

    /// The entry kept for `file`, if there is one this Carta can read.
    pub fn get(&self, file: &Path) -> Option<Entry> {
        // Like every file Carta reads: an ordinary file, and not too large.
        let sealed = crate::store::read_capped(&self.entry_path(file)).ok()?;
        let entry = decode(self.unseal(&sealed)?)?;
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
            .and_then(|bytes| self.seal(&bytes).ok_or_else(|| "no key".to_owned()))
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

/// The entry an unsealed entry's bytes hold, if they hold one.
pub fn decode(bytes: &[u8]) -> Option<Entry> {
    rmp_serde::from_slice(bytes).ok()
}

/// The key of the cache under `root`, made at random the first time and kept
/// in `root/key`, readable by its owner alone.
fn seal_key(root: &Path) -> Option<(u64, u64)> {
    let path = root.join("key");
    let read = |path: &Path| -> Option<(u64, u64)> {
        let bytes = crate::store::read_capped(path).ok()?;
        let k0 = u64::from_le_bytes(bytes.get(..8)?.try_into().ok()?);
        let k1 = u64::from_le_bytes(bytes.get(8..16)?.try_into().ok()?);
        Some((k0, k1))
    };
    if let Some(key) = read(&path) {
        return Some(key);
    }
    std::fs::create_dir_all(root).ok()?;
    let (k0, k1) = (random_u64(), random_u64());
    let mut bytes = k0.to_le_bytes().to_vec();
    bytes.extend_from_slice(&k1.to_le_bytes());
    // A new private file (0600), renamed into place only if none is there
    // yet: two Cartas starting together agree on the first key.
    let mut temporary = tempfile::NamedTempFile::new_in(root).ok()?;
    std::io::Write::write_all(&mut temporary, &bytes).ok()?;
    if let Err(taken) = temporary.persist_noclobber(&path)
        && read(&path).is_none()
    {
        // A spoilt key is replaced: the entries sealed with it are rebuilt.
        let _ = taken.file.persist(&path);
    }
    read(&path)
}

/// 64 bits the operating system chose at random (through the standard
/// library's hash seeds, which it draws from the system for each map).
fn random_u64() -> u64 {
    use std::hash::{BuildHasher as _, Hasher as _};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(now());
    hasher.finish()
}

fn keyed_hash(k0: u64, k1: u64, bytes: &[u8]) -> u64 {
    use std::hash::Hasher as _;
    let mut hasher = siphasher::sip::SipHasher13::new_with_keys(k0, k1);
    hasher.write(bytes);
    hasher.finish()
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

    fn seen() -> Seen {
        Seen {
            len: 10,
            modified: Some(7),
            changed: Some(7),
            inode: Some((1, 2)),
        }
    }

    #[test]
    fn an_entry_planted_without_the_key_is_never_trusted() {
        let root = tempfile::tempdir().unwrap();
        let cache = Cache::of_folder(root.path(), Path::new("/nowhere/library"));
        let file = Path::new("/nowhere/library/a.ron");
        let mut forged = crate::model::synthetic::library_profile(3, 5);
        forged.city.name = crate::model::Localized::new("en", "Forged City");
        let entry = Entry::new(file, seen(), 42, Some(forged));
        // Sealed with another key, or not sealed at all.
        let planter = Cache {
            dir: cache.dir.clone(),
            key: Some((1, 2)),
        };
        planter.put(file, &entry);
        assert!(cache.get(file).is_none(), "sealed with another key");
        std::fs::write(
            cache.entry_path(file),
            rmp_serde::to_vec_named(&entry).unwrap(),
        )
        .unwrap();
        assert!(cache.get(file).is_none(), "not sealed");
        cache.put(file, &entry);
        assert!(cache.get(file).is_some(), "Carta's own entry is read back");
    }

    #[cfg(unix)]
    #[test]
    fn an_entry_that_is_a_pipe_or_a_device_is_not_read() {
        let root = tempfile::tempdir().unwrap();
        let cache = Cache::of_folder(root.path(), Path::new("/nowhere/library"));
        let (fifo, zero) = (
            Path::new("/nowhere/library/f.ron"),
            Path::new("/nowhere/library/z.ron"),
        );
        std::fs::create_dir_all(&cache.dir).unwrap();
        let made = std::process::Command::new("mkfifo")
            .arg(cache.entry_path(fifo))
            .status()
            .unwrap();
        assert!(made.success());
        std::os::unix::fs::symlink("/dev/zero", cache.entry_path(zero)).unwrap();
        // Neither blocks nor reads without end.
        assert!(cache.get(fifo).is_none());
        assert!(cache.get(zero).is_none());
    }

    #[test]
    fn an_entry_comes_back_as_it_was_kept() {
        let root = tempfile::tempdir().unwrap();
        let cache = Cache::of_folder(root.path(), Path::new("/nowhere/library"));
        let document = crate::model::synthetic::library_profile(3, 5).into_public_view();
        let file = Path::new("/nowhere/library/a.ron");
        let seen = Seen {
            len: 10,
            modified: Some(7),
            changed: Some(7),
            inode: Some((1, 2)),
        };
        cache.put(file, &Entry::new(file, seen, 42, Some(document.clone())));
        let entry = cache.get(file).expect("the entry");
        assert!(entry.still_fits(seen));
        let just_now = Seen {
            len: 10,
            modified: Some(now()),
            ..seen
        };
        let racy = Entry::new(file, just_now, 42, None);
        assert!(
            !racy.still_fits(just_now),
            "a file changed as its entry was made is checked by its hash"
        );
        assert_eq!(entry.hash, 42);
        assert_eq!(entry.profile.expect("a profile"), document);
        assert!(
            cache.get(Path::new("/nowhere/library/b.ron")).is_none(),
            "another file has no entry"
        );
        cache.keep_only(&[]);
        assert!(cache.get(file).is_none(), "pruned with its file");
    }
}
