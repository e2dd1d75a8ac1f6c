//! A profile's identity and the versions it descends from: what lets two
//! copies of one profile, mailed back and forth, find the version both
//! started from. The ids are random; nothing here reads a clock or a disk
//! beyond the seed it is given.

use super::Document;

/// How many version ids a file carries: enough to find a shared version
/// after a colleague saved a dozen times, small enough to read past.
pub const KEPT: usize = 16;

/// A fresh random id, 32 hex digits.
pub fn fresh_id() -> String {
    use std::hash::{BuildHasher as _, Hasher as _};
    let half = || {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |since| since.as_nanos()),
        );
        hasher.finish()
    };
    format!("{:016x}{:016x}", half(), half())
}

/// Gives `document` its identity if it has none, and a new version id at
/// the end of its lineage; returns the id.
pub fn stamp_new_version(document: &mut Document) -> String {
    // An identity Carta did not give (a hand-edited file's) is replaced: its
    // versions could not be kept under it.
    if !document.identity.as_deref().is_some_and(is_id) {
        document.identity = Some(fresh_id());
    }
    // A file may name any number of versions; a few are enough.
    trim(&mut document.lineage);
    let version = fresh_id();
    document.lineage.push(version.clone());
    trim(&mut document.lineage);
    version
}

/// The latest version both lineages hold, if any.
pub fn shared<'a>(mine: &'a [String], theirs: &[String]) -> Option<&'a String> {
    let theirs: std::collections::HashSet<&String> = theirs.iter().collect();
    mine.iter().rev().find(|id| theirs.contains(id))
}

/// True for an id as Carta makes them: lowercase hex digits, not too many
/// (an identity names a folder; two spellings of one would share it).
pub fn is_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Both lineages in one for a merged document, the other side's own
/// versions after mine: the latest of each are kept when trimmed, so later
/// merges find a shared version with either side.
pub fn joined(mine: &[String], theirs: &[String]) -> Vec<String> {
    let own: std::collections::HashSet<&String> = mine.iter().collect();
    let others: Vec<&String> = theirs.iter().filter(|id| !own.contains(id)).collect();
    // Half the room at least for each side's latest; the rest to whichever
    // has more.
    let mine_room = KEPT - others.len().min(KEPT / 2);
    let mut all: Vec<String> = mine[mine.len().saturating_sub(mine_room)..].to_vec();
    let their_room = KEPT - all.len();
    all.extend((others[others.len().saturating_sub(their_room)..].iter()).map(|id| (*id).clone()));
    trim(&mut all);
    all
}

/// `lineage` cut to its latest `KEPT` ids.
pub fn trim(lineage: &mut Vec<String>) {
    if lineage.len() > KEPT {
        lineage.drain(..lineage.len() - KEPT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_gives_an_identity_once_and_a_version_each_time() {
        let mut document = Document::default();
        let first = stamp_new_version(&mut document);
        let identity = document.identity.clone();
        assert!(identity.is_some());
        for _ in 0..KEPT + 3 {
            stamp_new_version(&mut document);
        }
        assert_eq!(document.identity, identity, "kept");
        assert_eq!(document.lineage.len(), KEPT);
        assert!(!document.lineage.contains(&first), "the oldest dropped");
        let mut copy = document.clone();
        let theirs_new = stamp_new_version(&mut copy);
        let mine_new = stamp_new_version(&mut document);
        assert_eq!(
            shared(&document.lineage, &copy.lineage),
            document.lineage.get(KEPT - 2)
        );
        let both = joined(&document.lineage, &copy.lineage);
        assert!(both.contains(&theirs_new) && both.contains(&mine_new));
        // Two lineages that share nothing: each keeps its latest half.
        let mine_only: Vec<String> = (0..KEPT).map(|n| format!("{n:x}")).collect();
        let theirs_only: Vec<String> = (0..KEPT).map(|n| format!("f{n:x}")).collect();
        let both = joined(&mine_only, &theirs_only);
        assert_eq!(both.len(), KEPT);
        assert!(
            both.contains(mine_only.last().unwrap()) && both.contains(theirs_only.last().unwrap())
        );
    }
}
