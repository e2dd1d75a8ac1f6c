//! `carta diff` and `carta merge` (also as git's merge driver): the window's
//! compare and merge for scripts and for cities that keep profiles in git.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use carta::compare;
use carta::i18n::Language;
use carta::model::Document;
use carta::model::diff::diff;
use carta::model::merge::merge;
use carta::store;
use carta::tr;

use crate::{Out, complain, read_profile as read};

/// `carta diff A B`: one line per difference, as the window words it (or a
/// JSON array); exits 0 when the two are the same, 1 when they differ, 2
/// when one cannot be read (as `diff` does).
pub fn diff_files(a: &Path, b: &Path, json: bool) -> ExitCode {
    let words = Language::from_system();
    let (Some(first), Some(second)) = (read(a, words), read(b, words)) else {
        return ExitCode::from(2);
    };
    let mut changes = diff(&first, &second);
    changes.retain(compare::is_shown);
    let mut out = Out::new(words);
    let told = changes
        .iter()
        .map(|change| compare::tell(change, &first, &second, words));
    if json {
        let items: Vec<serde_json::Value> = told
            .map(|told| {
                serde_json::json!({
                    "section": format!("{:?}", told.section).to_lowercase(),
                    "place": told.place,
                    "before": told.before,
                    "after": told.after,
                })
            })
            .collect();
        // JSON escapes every control character itself.
        let mut text = serde_json::to_string_pretty(&items).unwrap_or_default();
        text.push('\n');
        out.bytes(text.as_bytes());
    } else {
        for told in told {
            if !out.line(&told.line()) {
                break;
            }
        }
    }
    let code = if changes.is_empty() { 0 } else { 1 };
    out.finish(ExitCode::from(code))
}

/// The files of a merge, as given on the command line.
pub struct MergeFiles {
    pub base: PathBuf,
    pub mine: PathBuf,
    pub theirs: PathBuf,
    /// Where to write; `None` with `git_driver` (the result goes to `mine`).
    pub output: Option<PathBuf>,
    /// Git's convention: `%O %A %B %P`, the result written over `%A`, and
    /// an empty `%O` when the branches share no ancestor.
    pub git_driver: bool,
}

/// `carta merge`: writes the merge and exits 0, or 1 with the conflicts
/// listed (`place: mine … / theirs …`), their fields keeping MINE; 2 when a
/// file cannot be read or written.
pub fn merge_files(files: &MergeFiles) -> ExitCode {
    let words = Language::from_system();
    let Some(output) = files
        .output
        .as_ref()
        .or(files.git_driver.then_some(&files.mine))
    else {
        complain(&tr!(words, "cli-merge-no-output"));
        return ExitCode::from(2);
    };
    let empty_base = std::fs::metadata(&files.base).is_ok_and(|meta| meta.len() == 0);
    let base = if files.git_driver && empty_base {
        None
    } else {
        let Some(base) = read(&files.base, words) else {
            return ExitCode::from(2);
        };
        Some(base)
    };
    let (Some(mine), Some(theirs)) = (read(&files.mine, words), read(&files.theirs, words)) else {
        return ExitCode::from(2);
    };
    let Some(merged) = merge(base.as_ref(), &mine, &theirs) else {
        let copies: Vec<&Document> = [base.as_ref(), Some(&mine), Some(&theirs)]
            .into_iter()
            .flatten()
            .collect();
        complain(&carta::compare::merge_refused(&copies, words));
        return ExitCode::from(2);
    };
    let written = if files.git_driver {
        // Inside a working tree: no backup file beside the result.
        store::profile_text(&merged.document, output)
            .and_then(|text| store::write_atomically(output, text.as_bytes(), false))
    } else {
        store::save(&merged.document, output).map(drop)
    };
    if let Err(error) = written {
        complain(&error.describe(words));
        return ExitCode::from(2);
    }
    let documents = [&mine, &theirs];
    for conflict in &merged.conflicts {
        let place = compare::place(conflict.root, &conflict.path, &documents, words);
        let side = |value: Option<&serde_json::Value>| {
            let text = value.map(compare::plain).unwrap_or_default();
            let text = carta::model::elide(&text, 120).into_owned();
            if text.is_empty() {
                tr!(words, "cli-merge-nothing")
            } else {
                text
            }
        };
        complain(&tr!(
            words,
            "cli-merge-conflict",
            place = place,
            mine = side(conflict.mine.as_ref()),
            theirs = side(conflict.theirs.as_ref())
        ));
    }
    if merged.conflicts.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
