//! The open file: the document, where it lives, its undo history, whether
//! its last state is saved, and what its file held when Carta last read or
//! wrote it (to notice changes by others).

use std::path::{Path, PathBuf};

use super::history::History;
use super::watch::FileWatch;
use crate::model::Document;
use crate::store::{self, FileStamp, SaveError};

pub struct Session {
    /// Tells this session from any other opened since Carta started: work
    /// finished on another thread (a picture chosen) goes only where it was
    /// asked for.
    pub id: u64,
    pub document: Document,
    /// The file, `None` before the first save.
    pub path: Option<PathBuf>,
    pub history: History,
    /// The revision last saved; `NEVER_SAVED` for work that exists in no file.
    saved_revision: u64,
    /// What the file held when last read or written.
    pub disk_stamp: Option<FileStamp>,
    watch: Option<FileWatch>,
    /// The file's version on disk merged into the work: the revisions
    /// before and after each such merge, and the disk stamps that go with
    /// them, so undoing the merge makes the next save ask again.
    disk_merges: Vec<DiskMerge>,
}

/// One merge of the open file's version on disk (see `Session::disk_merges`).
#[derive(Clone, Copy, Debug)]
struct DiskMerge {
    before: u64,
    after: u64,
    stamp_before: Option<FileStamp>,
    stamp_after: Option<FileStamp>,
}

/// A revision no document state ever has.
const NEVER_SAVED: u64 = u64::MAX;

impl Session {
    /// `document`, read from `path` as the bytes `stamp` describes.
    pub fn new(document: Document, path: Option<PathBuf>, stamp: Option<FileStamp>) -> Self {
        let history = History::new(&document);
        static SESSIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        Self {
            id: SESSIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            saved_revision: history.revision(),
            document,
            path: path.map(|path| absolute(&path)),
            history,
            disk_stamp: stamp,
            watch: None,
            disk_merges: Vec::new(),
        }
    }

    /// A number that changes with every edit and comes back with undo; unique
    /// across documents, so caches keyed by it never mix two of them up.
    pub fn revision(&self) -> u64 {
        self.history.revision()
    }

    pub fn is_dirty(&self) -> bool {
        self.history.revision() != self.saved_revision
    }

    /// The work is in no file yet (a new import, restored work): closing asks.
    pub fn mark_unsaved(&mut self) {
        self.saved_revision = NEVER_SAVED;
    }

    /// True when `path` is the open file, however it is spelled (`./p.ron`,
    /// an absolute path from a dialog, a link to it).
    pub fn is_open_file(&self, path: &Path) -> bool {
        (self.path.as_deref()).is_some_and(|open| open == path || store::same_file(open, path))
    }

    /// True when the open file no longer holds what Carta last read or wrote.
    pub fn changed_on_disk(&self) -> bool {
        (self.path.as_deref()).is_some_and(|path| store::stamp(path) != self.disk_stamp)
    }

    /// True when the open file is gone.
    pub fn deleted_on_disk(&self) -> bool {
        self.path.as_deref().is_some_and(|path| !path.exists())
    }

    /// Notes that the document (now at a new revision, from `before`) holds
    /// the file's version on disk, read as `stamp`: saving may replace it.
    pub fn merged_from_disk(&mut self, before: u64, stamp: FileStamp) {
        self.disk_merges.push(DiskMerge {
            before,
            after: self.revision(),
            stamp_before: self.disk_stamp,
            stamp_after: Some(stamp),
        });
        self.disk_stamp = Some(stamp);
    }

    /// After an undo or a redo: a merge of the file on disk undone makes
    /// the file newer than the work again (the next save asks), redone not.
    pub fn follow_disk_merges(&mut self) {
        let now = self.revision();
        for merge in &self.disk_merges {
            if now == merge.before && self.disk_stamp == merge.stamp_after {
                self.disk_stamp = merge.stamp_before;
            } else if now == merge.after && self.disk_stamp == merge.stamp_before {
                self.disk_stamp = merge.stamp_after;
            }
        }
    }

    /// Saves to `path`, which becomes the open file.
    pub fn save(&mut self, path: PathBuf) -> Result<(), SaveError> {
        let path = absolute_owned(path);
        self.history.close_burst(&self.document);
        // Each save is a version of its own, named in the file's lineage.
        let before = (
            self.document.identity.clone(),
            self.document.lineage.clone(),
        );
        // Every item added is given its id where it is added; this catches
        // one that was not, so the file never holds an item without one.
        self.document.give_item_ids(false);
        let version = crate::model::lineage::stamp_new_version(&mut self.document);
        let stamp = match store::save(&self.document, &path) {
            Ok(stamp) => stamp,
            Err(error) => {
                (self.document.identity, self.document.lineage) = before;
                return Err(error);
            }
        };
        self.history.saved_version(version);
        self.disk_stamp = Some(stamp);
        self.saved_revision = self.history.revision();
        self.path = Some(path);
        Ok(())
    }

    /// Keeps a watch on the open file; true when something happened to it.
    pub fn watch(&mut self, ctx: &egui::Context) -> bool {
        let watching = self.watch.as_ref().map(|w| w.path.as_path());
        if watching != self.path.as_deref() {
            self.watch = (self.path.as_deref()).and_then(|path| FileWatch::new(path, ctx));
        }
        self.watch.as_ref().is_some_and(FileWatch::take_changed)
    }
}

/// [`absolute`], taking the path.
fn absolute_owned(path: PathBuf) -> PathBuf {
    match std::path::absolute(&path) {
        Ok(absolute) => absolute,
        Err(_) => path,
    }
}

/// `path` from the root: the open file's path outlives the folder Carta was
/// started in (in a recovery file, recent files), and `sub/p.ron` read from
/// another folder named another file. As given when the system cannot say.
fn absolute(path: &std::path::Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_open_files_path_is_kept_from_the_root() {
        // `carta sub/p.ron`: the recovery file must name that file when read
        // by a Carta started in another folder.
        let session = Session::new(Document::default(), Some(PathBuf::from("sub/p.ron")), None);
        let path = session.path.clone().unwrap();
        assert!(path.is_absolute(), "{}", path.display());
        assert_eq!(
            path,
            std::env::current_dir().unwrap().join("sub").join("p.ron")
        );
    }
}
