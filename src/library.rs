//! A folder as a library of other cities' profiles: every profile (`.ron`)
//! and every campaign page (`.txt`, imported on the fly) under it, however
//! deep, read in parallel. Files that cannot be read are listed with their
//! place and the rest still load. Nothing is ever written into the folder.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::model::Document;
use crate::model::library::Library;
use crate::store::{self, IoReason, LoadError};

/// A folder read as a library.
#[derive(Debug, Default)]
pub struct Opened {
    pub library: Library,
    /// Files that could not be read, each with its place ("FILE:LINE:COL: …").
    pub problems: Vec<LoadError>,
}

/// Reads every profile and campaign page under `folder`.
pub fn open(folder: &Path) -> Opened {
    let (files, mut problems) = files_under(folder);
    let read: Vec<Result<Option<(String, Document)>, LoadError>> =
        files.par_iter().map(|path| read_one(path)).collect();
    let mut profiles = Vec::with_capacity(read.len());
    for result in read {
        match result {
            Ok(Some(profile)) => profiles.push(profile),
            Ok(None) => {}
            Err(problem) => problems.push(problem),
        }
    }
    Opened {
        library: Library::new(profiles),
        problems,
    }
}

/// The `.ron` and `.txt` files under `folder`, in a stable order, and the
/// folders that could not be listed. Links to folders are not followed (a
/// link back up would never end); links to files are.
pub fn files_under(folder: &Path) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut pending = vec![folder.to_owned()];
    while let Some(dir) = pending.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(error) => {
                problems.push(LoadError::unreadable(&dir.display().to_string(), &error));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                pending.push(path);
            } else if is_library_file(&path) {
                files.push(path);
            }
        }
    }
    files.sort();
    (files, problems)
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

/// One file of the library: a profile, a campaign page, or `None` for a text
/// file that is no campaign page (a README beside the profiles).
fn read_one(path: &Path) -> Result<Option<(String, Document)>, LoadError> {
    let source = path.display().to_string();
    let is_page = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
    if !is_page {
        return store::load(path).map(|document| Some((source, document)));
    }
    let bytes = store::read_capped(path).map_err(|reason| LoadError::refused(&source, reason))?;
    let (document, _) = crate::import::import_bytes(&bytes, &source)?;
    let has_a_section = !document.city.name.is_unset()
        && (document.city.region.is_some()
            || !document.programs.is_empty()
            || !document.vision.prose.is_unset()
            || document.vision.answers.iter().any(|a| !a.is_unset()));
    Ok(has_a_section.then_some((source, document)))
}

/// Why a library folder cannot be opened at all, before any file is read.
pub fn folder_problem(folder: &Path) -> Option<IoReason> {
    match std::fs::metadata(folder) {
        Ok(meta) if meta.is_dir() => None,
        Ok(_) => Some(IoReason::NotAFolder),
        Err(error) => Some(IoReason::of(&error)),
    }
}
