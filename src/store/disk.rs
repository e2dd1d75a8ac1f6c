//! The file system, made safe for people's work: reads that refuse devices,
//! pipes and oversized files; writes that are atomic, go through symbolic
//! links, and never destroy the last good backup; and the system's reasons
//! in the officer's words.

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::SaveStep;
use crate::i18n::Language;
use crate::tr;

/// Every file Carta reads as a profile, a campaign page or a recovery copy,
/// and every profile it writes, stays under this: a profile with ten thousand
/// programs is 14 MB, so this leaves ample room.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why the system refused, as a fact the officer can act on; the system's own
/// words (without its error number) only when no plainer sentence fits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IoReason {
    NotFound,
    PermissionDenied,
    IsFolder,
    /// A device, a pipe or a socket: nothing Carta should read or replace.
    NotAFile,
    DiskFull,
    ReadOnly,
    /// The file itself is marked read-only: someone chose that it not change.
    ReadOnlyFile,
    NameTooLong,
    /// Something of that name is already there (a file where a folder should be).
    InTheWay,
    /// Part of the path is a file, not a folder.
    NotAFolder,
    /// Another program has the file open and does not let it be replaced
    /// (Windows: a document open in Word or Excel, a sync client at work).
    InUse,
    /// The file is over `MAX_FILE_BYTES` (its size in bytes, or at least).
    TooLarge(u64),
    Other(String),
}

impl IoReason {
    /// The reason of `error`, looking through wrappers (tempfile adds the
    /// temporary file's name, which means nothing to the officer).
    pub fn of(error: &std::io::Error) -> Self {
        use std::io::ErrorKind as K;
        if is_sharing_violation(error) {
            return Self::InUse;
        }
        match error.kind() {
            K::NotFound => return Self::NotFound,
            K::PermissionDenied => return Self::PermissionDenied,
            K::IsADirectory => return Self::IsFolder,
            K::StorageFull | K::QuotaExceeded => return Self::DiskFull,
            K::ReadOnlyFilesystem => return Self::ReadOnly,
            K::InvalidFilename => return Self::NameTooLong,
            K::AlreadyExists => return Self::InTheWay,
            K::NotADirectory => return Self::NotAFolder,
            _ => {}
        }
        Self::Other(system_words(error))
    }

    /// The reason in `words`.
    pub fn message(&self, words: Language) -> String {
        match self {
            Self::NotFound => tr!(words, "io-not-found"),
            Self::PermissionDenied => tr!(words, "io-permission-denied"),
            Self::IsFolder => tr!(words, "io-is-folder"),
            Self::NotAFile => tr!(words, "io-not-a-file"),
            Self::DiskFull => tr!(words, "io-disk-full"),
            Self::ReadOnly => tr!(words, "io-read-only"),
            Self::ReadOnlyFile => tr!(words, "io-read-only-file"),
            Self::NameTooLong => tr!(words, "io-name-too-long"),
            Self::InTheWay => tr!(words, "io-in-the-way"),
            Self::NotAFolder => tr!(words, "io-not-a-folder"),
            Self::InUse => tr!(words, "io-in-use"),
            Self::TooLarge(bytes) => tr!(
                words,
                "io-too-large",
                megabytes = bytes.div_ceil(1024 * 1024),
                limit = MAX_FILE_BYTES / (1024 * 1024)
            ),
            Self::Other(text) => text.clone(),
        }
    }
}

impl std::fmt::Display for IoReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::ENGLISH))
    }
}

/// Windows' "the process cannot access the file because it is being used by
/// another process" (32) and "another process has locked a portion of the
/// file" (33), looking through wrappers. Never true elsewhere.
fn is_sharing_violation(error: &std::io::Error) -> bool {
    const SHARING_VIOLATION: i32 = 32;
    const LOCK_VIOLATION: i32 = 33;
    let mut inner: &dyn std::error::Error = error;
    loop {
        if let Some(io) = inner.downcast_ref::<std::io::Error>()
            && cfg!(windows)
            && matches!(io.raw_os_error(), Some(SHARING_VIOLATION | LOCK_VIOLATION))
        {
            return true;
        }
        match inner.source() {
            Some(source) => inner = source,
            None => return false,
        }
    }
}

/// Why replacing `path` failed: Windows refuses to rename over a file another
/// program holds open with "access denied", the same words as a folder one
/// may not write to; opening the file tells the two apart.
fn replace_reason(path: &Path, error: &std::io::Error) -> IoReason {
    let reason = IoReason::of(error);
    if cfg!(windows)
        && reason == IoReason::PermissionDenied
        && let Err(open) = std::fs::OpenOptions::new().append(true).open(path)
        && is_sharing_violation(&open)
    {
        return IoReason::InUse;
    }
    reason
}

/// The system's own sentence for the innermost error, without "(os error N)"
/// nor the names of temporary files that wrappers add.
fn system_words(error: &std::io::Error) -> String {
    let mut inner: &dyn std::error::Error = error;
    let mut code = error.raw_os_error();
    while let Some(source) = inner.source() {
        if let Some(io) = source.downcast_ref::<std::io::Error>() {
            code = code.or(io.raw_os_error());
        }
        inner = source;
    }
    let text = match code {
        Some(code) => std::io::Error::from_raw_os_error(code).to_string(),
        None => inner.to_string(),
    };
    match text.rfind(" (os error") {
        Some(end) => text[..end].to_owned(),
        None => text,
    }
}

/// The bytes of a regular file, at most `MAX_FILE_BYTES` of them. Devices,
/// pipes and folders are refused before they are opened (a FIFO would block
/// the open itself), and the read stops at the cap whatever size the system
/// reported.
pub fn read_capped(path: &Path) -> Result<Vec<u8>, IoReason> {
    let metadata = std::fs::metadata(path).map_err(|err| IoReason::of(&err))?;
    if metadata.is_dir() {
        return Err(IoReason::IsFolder);
    }
    if !metadata.is_file() {
        return Err(IoReason::NotAFile);
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(IoReason::TooLarge(metadata.len()));
    }
    let file = std::fs::File::open(path).map_err(|err| IoReason::of(&err))?;
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| IoReason::of(&err))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(IoReason::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// What a file held when Carta last read or wrote it: its length and a hash of
/// its bytes. A colleague's change shows as a different stamp even when it
/// keeps the size and the modification time (`cp -p`, `rsync -t`); a mere
/// `touch` does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FileStamp {
    pub len: u64,
    pub hash: u64,
}

impl FileStamp {
    pub fn of(bytes: &[u8]) -> Self {
        use std::hash::Hasher as _;
        // SipHash with fixed keys: the same bytes give the same stamp in every
        // run and build, so a stamp kept in a recovery file stays comparable.
        let mut hasher = siphasher::sip::SipHasher13::new();
        hasher.write(bytes);
        Self {
            len: bytes.len() as u64,
            hash: hasher.finish(),
        }
    }
}

/// The file's stamp now, or `None` when it is gone or cannot be read.
pub fn stamp(path: &Path) -> Option<FileStamp> {
    read_capped(path).ok().map(|bytes| FileStamp::of(&bytes))
}

/// The longest file name most file systems allow, in bytes.
const MAX_NAME_BYTES: usize = 255;

/// Where a save keeps the previous version of `path`: `NAME.bak`, or, when
/// that name would be too long for the file system, `NAME` shortened to fit.
pub fn backup_path(path: &Path) -> PathBuf {
    let name = path.file_name().unwrap_or_default();
    if name.len() + ".bak".len() <= MAX_NAME_BYTES {
        let mut backup = name.to_owned();
        backup.push(".bak");
        return path.with_file_name(backup);
    }
    // Shortened, with a hash of the whole name: two long names that share
    // their beginning must not share a backup.
    let hash = FileStamp::of(name.as_encoded_bytes()).hash;
    let name = name.to_string_lossy();
    let room = MAX_NAME_BYTES - ".bak".len() - 17;
    let mut end = name.len().min(room);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    path.with_file_name(format!("{}-{hash:016x}.bak", &name[..end]))
}

/// The file a save really replaces: the target of a symbolic link (so the link
/// stays a link, as office programs do), else `path` itself.
pub fn save_target(path: &Path) -> PathBuf {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return path.to_owned();
    }
    if let Ok(target) = std::fs::canonicalize(path) {
        return target;
    }
    // A dangling link: write where it points, relative to the link's folder.
    match std::fs::read_link(path) {
        Ok(target) if target.is_relative() => {
            path.parent().map_or(target.clone(), |p| p.join(&target))
        }
        Ok(target) => target,
        Err(_) => path.to_owned(),
    }
}

/// Writes bytes produced by `write` to `path` so that a crash leaves the old
/// file or the new one, never half of one. With `keep_backup`, the old file
/// becomes `NAME.bak`, and the previous `.bak` is replaced only once the new
/// one is whole. Through a symbolic link, the link's target is written.
pub fn write_atomically_using(
    path: &Path,
    keep_backup: bool,
    write: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<(), (SaveStep, IoReason)> {
    let path = save_target(path);
    let path = path.as_path();
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        let reason = if path.is_dir() {
            IoReason::IsFolder
        } else {
            IoReason::NotAFile
        };
        return Err((SaveStep::Replace, reason));
    }
    // A rename replaces a read-only file as readily as any other (only the
    // folder's rights count): whoever marked it so meant it to stay, for
    // the window's Save, `import -o` and `export -o` alike.
    if std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Err((SaveStep::Replace, IoReason::ReadOnlyFile));
    }
    let fail = |step| move |err: std::io::Error| (step, IoReason::of(&err));
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".carta-save-")
        .tempfile_in(folder)
        .map_err(fail(SaveStep::CreateTemporary(folder.to_owned())))?;
    // Temporary files are private (0600); a profile is meant to be shared, so it
    // keeps the permissions of the file it replaces, or gets the usual ones.
    let permissions = std::fs::metadata(path)
        .map(|existing| existing.permissions())
        .ok()
        .or_else(default_permissions);
    if let Some(permissions) = permissions {
        temp.as_file()
            .set_permissions(permissions)
            .map_err(fail(SaveStep::Permissions))?;
    }
    write(temp.as_file_mut())
        .and_then(|()| temp.flush())
        .and_then(|()| temp.as_file().sync_all())
        .map_err(fail(SaveStep::Write))?;
    if keep_backup && path.exists() {
        keep_backup_of(path, folder).map_err(fail(SaveStep::KeepBackup))?;
    }
    temp.persist(path)
        .map_err(|err| (SaveStep::Replace, replace_reason(path, &err.error)))?;
    remove_leftovers(folder, std::time::SystemTime::now());
    Ok(())
}

/// Writes `bytes` to a new file of its own in `folder` (made private if
/// missing), named `NAME-xxxxxx.EXT`: created afresh, never through a link
/// planted at its name, never over another's file, so two prints of two
/// `city.ron` half a second apart each keep their page. Pages of Carta's
/// older than a day there are removed. Returns the file's path.
pub fn write_new_private(
    folder: &Path,
    name: &str,
    extension: &str,
    bytes: &[u8],
) -> Result<PathBuf, (SaveStep, IoReason)> {
    let fail = |step| move |err: std::io::Error| (step, IoReason::of(&err));
    private_folder(folder).map_err(fail(SaveStep::CreateFolder))?;
    // A link or a file where the folder should be is refused, not followed.
    let is_folder = std::fs::symlink_metadata(folder).is_ok_and(|m| m.file_type().is_dir());
    if !is_folder {
        return Err((SaveStep::CreateFolder, IoReason::NotAFolder));
    }
    let mut file = tempfile::Builder::new()
        .prefix(&format!("{name}-"))
        .suffix(&format!(".{extension}"))
        .tempfile_in(folder)
        .map_err(fail(SaveStep::CreateTemporary(folder.to_owned())))?;
    file.write_all(bytes)
        .and_then(|()| file.as_file().sync_all())
        .map_err(fail(SaveStep::Write))?;
    let (_, path) = file
        .keep()
        .map_err(|err| (SaveStep::Replace, IoReason::of(&err.error)))?;
    remove_old_pages(folder, extension, std::time::SystemTime::now());
    Ok(path)
}

/// Makes `folder` if missing, readable by its owner alone from its first
/// moment (Unix: made with mode 0700, never chmodded after). A folder there
/// already is taken only when it is the officer's own; one another user
/// made (a planted `/tmp/…`) is refused, and one others could read is made
/// private again.
fn private_folder(folder: &Path) -> std::io::Result<()> {
    if let Some(parent) = folder.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    #[cfg(unix)]
    let builder = {
        let mut builder = std::fs::DirBuilder::new();
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder
    };
    #[cfg(not(unix))]
    let builder = std::fs::DirBuilder::new();
    match builder.create(folder) {
        Ok(()) => return Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(error) => return Err(error),
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
        let metadata = std::fs::symlink_metadata(folder)?;
        // Not a folder (a link, a file): the caller refuses it.
        if !metadata.is_dir() {
            return Ok(());
        }
        if metadata.uid() != rustix::process::geteuid().as_raw() {
            return Err(std::io::ErrorKind::PermissionDenied.into());
        }
        if metadata.mode() & 0o077 != 0 {
            std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o700))?;
        }
    }
    Ok(())
}

/// Removes the `.EXTENSION` files in `folder` older than a day: print pages
/// a browser has long since shown.
fn remove_old_pages(folder: &Path, extension: &str, now: std::time::SystemTime) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten().take(20_000) {
        let path = entry.path();
        let Ok(metadata) = path.symlink_metadata() else {
            continue;
        };
        let old = (metadata.modified().ok())
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|age| age.as_secs() >= 24 * 3600);
        if metadata.is_file() && old && path.extension().is_some_and(|e| e == extension) {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// `path` as it may be shown: a name that is not UTF-8 (a disk from an old
/// system) has its odd bytes written out as `\xNN`, so two such names stay
/// two, where `display` would show both as `�.ron`.
pub fn path_shown(path: &Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt as _;
        let mut shown = String::new();
        for chunk in path.as_os_str().as_bytes().utf8_chunks() {
            shown.push_str(chunk.valid());
            for byte in chunk.invalid() {
                shown.push_str(&format!("\\x{byte:02x}"));
            }
        }
        shown
    }
    #[cfg(not(unix))]
    {
        path.display().to_string()
    }
}

/// The prefixes of Carta's own temporary files beside a profile.
const TEMPORARY_PREFIXES: [&str; 2] = [".carta-save-", ".carta-bak-"];

/// How old a temporary file of Carta's must be to count as left over: a
/// Carta saving into the same folder right now keeps its own.
const LEFTOVER_AGE: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Removes what saves that never finished (a crash, a power cut) left in
/// `folder`: Carta's own temporary files, by their exact pattern (a prefix
/// and tempfile's six letters or digits), ordinary files only, an hour old
/// at least. A 14 MB copy per crash no longer stays beside the profile.
fn remove_leftovers(folder: &Path, now: std::time::SystemTime) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    // A folder of many thousand files costs a save no more than this.
    for entry in entries.flatten().take(20_000) {
        let name = entry.file_name();
        if !name.to_str().is_some_and(is_leftover_name) {
            continue;
        }
        let Ok(metadata) = entry.path().symlink_metadata() else {
            continue;
        };
        let old = (metadata.modified().ok())
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|age| age >= LEFTOVER_AGE);
        if metadata.is_file() && old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn is_leftover_name(name: &str) -> bool {
    TEMPORARY_PREFIXES.iter().any(|prefix| {
        name.strip_prefix(prefix)
            .is_some_and(|rest| rest.len() == 6 && rest.chars().all(|c| c.is_ascii_alphanumeric()))
    })
}

/// Copies `path` to a temporary file beside it and only then renames that over
/// `NAME.bak`: a full disk mid-copy leaves the previous backup whole.
fn keep_backup_of(path: &Path, folder: &Path) -> std::io::Result<()> {
    let mut copy = tempfile::Builder::new()
        .prefix(".carta-bak-")
        .tempfile_in(folder)?;
    let mut original = std::fs::File::open(path)?;
    std::io::copy(&mut original, copy.as_file_mut())?;
    copy.as_file().sync_all()?;
    if let Ok(metadata) = original.metadata() {
        let _ = copy.as_file().set_permissions(metadata.permissions());
    }
    copy.persist(backup_path(path)).map_err(|err| err.error)?;
    Ok(())
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt as _;
    Some(std::fs::Permissions::from_mode(0o644))
}

/// Elsewhere a new file's permissions come from its folder.
#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

/// True when `a` and `b` name the same file (the same file by identity, not
/// by spelling: `./p.ron`, `p.ron` and a link to it are one file). Only asks
/// for the files' metadata: opening a FIFO to compare would block.
#[cfg(unix)]
pub fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// True when `a` and `b` name the same file, by identity.
#[cfg(not(unix))]
pub fn same_file(a: &Path, b: &Path) -> bool {
    same_file::is_same_file(a, b).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_print_folder_is_private_from_its_first_moment_and_never_anothers() {
        use std::os::unix::fs::PermissionsExt as _;
        let home = tempfile::tempdir().unwrap();
        let made = home.path().join("cache").join("print");
        write_new_private(&made, "city", "html", b"<p>").unwrap();
        let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&made), 0o700);
        // A folder others can read is made private again.
        let open = home.path().join("open");
        std::fs::create_dir(&open).unwrap();
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
        write_new_private(&open, "city", "html", b"<p>").unwrap();
        assert_eq!(mode(&open), 0o700);
        // One another user made is refused (only root can make one here).
        if rustix::process::geteuid().is_root() {
            let planted = home.path().join("planted");
            std::fs::create_dir(&planted).unwrap();
            std::os::unix::fs::chown(&planted, Some(65534), Some(65534)).unwrap();
            let refused = write_new_private(&planted, "city", "html", b"<p>");
            assert!(
                refused.is_err(),
                "a folder of another user's is not written into"
            );
            assert_eq!(std::fs::read_dir(&planted).unwrap().count(), 0);
        }
    }

    #[test]
    fn a_save_removes_what_an_unfinished_save_left_and_nothing_else() {
        let folder = tempfile::tempdir().unwrap();
        let at = |name: &str| folder.path().join(name);
        let day_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(24 * 3600);
        for name in [
            ".carta-save-a1B2c3",
            ".carta-bak-Zz9yX8",
            ".carta-save-young1",
            ".carta-save-notours",
            "carta-save-a1B2c3",
            "city.ron",
        ] {
            std::fs::write(at(name), "14 MB of a profile").unwrap();
            if name != ".carta-save-young1" {
                let file = std::fs::File::options().write(true).open(at(name)).unwrap();
                file.set_modified(day_ago).unwrap();
            }
        }
        write_atomically_using(&at("city.ron"), true, |file| {
            std::io::Write::write_all(file, b"the new text")
        })
        .unwrap();
        let mut left: Vec<String> = std::fs::read_dir(folder.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                ".carta-save-notours",
                ".carta-save-young1",
                "carta-save-a1B2c3",
                "city.ron",
                "city.ron.bak"
            ],
            "the two old leftovers gone; another Carta's fresh one, look-alikes and the work kept"
        );
    }

    #[test]
    fn long_names_get_a_backup_name_that_fits() {
        let name = format!("{}.ron", "é".repeat(125));
        assert_eq!(name.len(), 254);
        let backup = backup_path(&Path::new("/tmp").join(&name));
        let backup_name = backup.file_name().unwrap().to_str().unwrap();
        assert!(backup_name.len() <= 255, "{}", backup_name.len());
        assert!(backup_name.ends_with(".bak"));
        assert_eq!(
            backup_path(Path::new("/x/p.ron")),
            Path::new("/x/p.ron.bak")
        );
        // Two long names sharing their first 251 bytes keep apart backups.
        let a = format!("{}-a.ron", "b".repeat(250));
        let b = format!("{}-b.ron", "b".repeat(250));
        let (a, b) = (backup_path(Path::new(&a)), backup_path(Path::new(&b)));
        assert_ne!(a, b);
        assert!(a.as_os_str().len() <= 255 && b.as_os_str().len() <= 255);
    }

    #[test]
    fn system_reasons_lose_their_error_numbers_and_temporary_names() {
        // ENOSPC, or Windows' ERROR_DISK_FULL (its 28 is "out of paper").
        let disk_full = if cfg!(windows) { 112 } else { 28 };
        let error = std::io::Error::from_raw_os_error(disk_full);
        assert_eq!(IoReason::of(&error), IoReason::DiskFull);
        let error = std::io::Error::from_raw_os_error(5);
        let reason = IoReason::of(&error).message(Language::ENGLISH);
        assert!(!reason.contains("os error"), "{reason}");
    }
}
