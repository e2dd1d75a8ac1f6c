//! The catalogue's list of programs, each shared between copies of the
//! document until one copy changes it (copy on write).
//!
//! Why: undo keeps up to 100 states, the version store and the diff compare
//! neighbouring versions, and a catalogue holds up to 10,000 programs. With
//! programs shared, copying the document copies pointers; a state that
//! changed one program owns one new program; comparing two neighbouring
//! states skips every unchanged program by its pointer.
//!
//! Reading works as on a slice of programs (`iter`, `[index]`, `len`…).
//! Writing through `[index]`, `get_mut`, `last_mut` or `iter_mut` copies that
//! program first when another state shares it.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::Program;

#[derive(Clone, Default)]
pub struct Programs(Vec<Arc<Program>>);

impl Programs {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Program> + ExactSizeIterator + Clone {
        self.0.iter().map(|program| &**program)
    }

    /// Every program, writable. Copies each that another state shares: for
    /// edits of the whole catalogue; one program is `get_mut` or `[index]`.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Program> {
        self.0.iter_mut().map(Arc::make_mut)
    }

    /// Edits the programs `wants` picks, copying only those another state shares.
    pub fn edit_where(
        &mut self,
        mut wants: impl FnMut(&Program) -> bool,
        mut edit: impl FnMut(&mut Program),
    ) {
        for program in &mut self.0 {
            if wants(program) {
                edit(Arc::make_mut(program));
            }
        }
    }

    /// The shared programs themselves, to keep or compare by pointer.
    pub fn shared(&self) -> &[Arc<Program>] {
        &self.0
    }

    pub fn get(&self, index: usize) -> Option<&Program> {
        self.0.get(index).map(|program| &**program)
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut Program> {
        self.0.get_mut(index).map(Arc::make_mut)
    }

    pub fn first(&self) -> Option<&Program> {
        self.get(0)
    }

    pub fn last(&self) -> Option<&Program> {
        self.0.last().map(|program| &**program)
    }

    pub fn last_mut(&mut self) -> Option<&mut Program> {
        self.0.last_mut().map(Arc::make_mut)
    }

    pub fn push(&mut self, program: Program) {
        self.0.push(Arc::new(program));
    }

    /// Adds a program another copy shares, keeping it shared.
    pub fn push_shared(&mut self, program: Arc<Program>) {
        self.0.push(program);
    }

    /// Puts `program` in place of the one at `index`, copying nothing.
    pub fn replace(&mut self, index: usize, program: Program) {
        self.0[index] = Arc::new(program);
    }

    pub fn insert(&mut self, index: usize, program: Program) {
        self.0.insert(index, Arc::new(program));
    }

    /// Takes the program at `index` out, copying it only if another state shares it.
    pub fn remove(&mut self, index: usize) -> Program {
        Arc::unwrap_or_clone(self.0.remove(index))
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&Program) -> bool) {
        self.0.retain(|program| keep(program));
    }

    pub fn swap(&mut self, a: usize, b: usize) {
        self.0.swap(a, b);
    }

    pub fn truncate(&mut self, len: usize) {
        self.0.truncate(len);
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Moves the program at `from` so that it ends up at `to`.
    pub fn move_to(&mut self, from: usize, to: usize) {
        let program = self.0.remove(from);
        self.0.insert(to, program);
    }

    /// Shares with `like` every program equal to one of its own, so states
    /// that went apart and came back (an edit typed and typed back, a program
    /// written back unchanged) keep one copy. Costs a pointer comparison per
    /// program when nothing went apart.
    pub fn share_from(&mut self, like: &Programs) {
        let apart = |at: usize| !like.0.get(at).is_some_and(|l| Arc::ptr_eq(l, &self.0[at]));
        if !(0..self.0.len()).any(apart) {
            return;
        }
        let known: std::collections::HashMap<_, &Arc<Program>> =
            like.0.iter().map(|p| (p.id, p)).collect();
        for program in &mut self.0 {
            if let Some(same) = known.get(&program.id)
                && !Arc::ptr_eq(same, program)
                && ***same == **program
            {
                *program = Arc::clone(same);
            }
        }
    }

    /// Puts the programs in the order `key` gives, keeping them shared.
    pub fn sort_by_key<K: Ord>(&mut self, mut key: impl FnMut(&Program) -> K) {
        self.0.sort_by_key(|program| key(program));
    }
}

impl std::ops::Index<usize> for Programs {
    type Output = Program;

    fn index(&self, index: usize) -> &Program {
        &self.0[index]
    }
}

impl std::ops::IndexMut<usize> for Programs {
    fn index_mut(&mut self, index: usize) -> &mut Program {
        Arc::make_mut(&mut self.0[index])
    }
}

impl PartialEq for Programs {
    /// Equal programs; a program shared by both is equal without a look inside.
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len()
            && (self.0.iter().zip(&other.0)).all(|(a, b)| Arc::ptr_eq(a, b) || a == b)
    }
}

impl std::fmt::Debug for Programs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl From<Vec<Program>> for Programs {
    fn from(programs: Vec<Program>) -> Self {
        programs.into_iter().collect()
    }
}

impl FromIterator<Program> for Programs {
    fn from_iter<I: IntoIterator<Item = Program>>(programs: I) -> Self {
        Self(programs.into_iter().map(Arc::new).collect())
    }
}

impl FromIterator<Arc<Program>> for Programs {
    fn from_iter<I: IntoIterator<Item = Arc<Program>>>(programs: I) -> Self {
        Self(programs.into_iter().collect())
    }
}

impl Extend<Program> for Programs {
    fn extend<I: IntoIterator<Item = Program>>(&mut self, programs: I) {
        self.0.extend(programs.into_iter().map(Arc::new));
    }
}

impl<'a> IntoIterator for &'a Programs {
    type Item = &'a Program;
    type IntoIter =
        std::iter::Map<std::slice::Iter<'a, Arc<Program>>, fn(&Arc<Program>) -> &Program>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|program| &**program)
    }
}

impl<'a> IntoIterator for &'a mut Programs {
    type Item = &'a mut Program;
    type IntoIter = std::iter::Map<
        std::slice::IterMut<'a, Arc<Program>>,
        fn(&mut Arc<Program>) -> &mut Program,
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter_mut().map(Arc::make_mut)
    }
}

impl IntoIterator for Programs {
    type Item = Program;
    type IntoIter = std::iter::Map<std::vec::IntoIter<Arc<Program>>, fn(Arc<Program>) -> Program>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter().map(Arc::unwrap_or_clone)
    }
}

impl Serialize for Programs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Programs {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<Program>::deserialize(deserializer).map(Self::from)
    }
}

impl schemars::JsonSchema for Programs {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        Vec::<Program>::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Vec::<Program>::json_schema(generator)
    }

    fn inline_schema() -> bool {
        Vec::<Program>::inline_schema()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ProgramId;

    #[test]
    fn a_copy_shares_programs_until_one_side_writes() {
        let mut a = Programs::from(vec![Program::new(ProgramId(1)), Program::new(ProgramId(2))]);
        let b = a.clone();
        assert!(Arc::ptr_eq(&a.shared()[0], &b.shared()[0]));
        a[1].title = crate::model::Localized::new("en", "Changed");
        assert!(
            Arc::ptr_eq(&a.shared()[0], &b.shared()[0]),
            "untouched stays shared"
        );
        assert!(!Arc::ptr_eq(&a.shared()[1], &b.shared()[1]));
        assert_eq!(b[1].title.get("en"), "", "the copy keeps its own");
        assert_ne!(a, b);
    }
}
