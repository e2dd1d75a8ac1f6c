//! Who an item of a list is (a policy area, an indicator, a budget line, a
//! partner, a piece of evidence) across copies and versions, whatever its
//! place in the list: what a compare or a merge of two copies matches items
//! by, and what a unit's sheet names a row by.
//!
//! An item made here gets a random id. An item read from a file written
//! before ids existed gets one made from where it is and what it says, so two
//! colleagues who open the same old file give its items the same ids.

use serde::{Deserialize, Serialize};

/// 0 is "not given yet"; every other value names one item of its list.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(transparent)]
pub struct ItemId(pub u32);

impl ItemId {
    pub fn is_unset(&self) -> bool {
        self.0 == 0
    }

    /// An id no other item is likely to have (one in four billion).
    pub fn fresh() -> Self {
        use std::hash::{BuildHasher as _, Hasher as _};
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |since| since.as_nanos()),
        );
        Self::nonzero(hasher.finish() as u32)
    }

    /// The id an item read without one gets: the same wherever the same file
    /// is read (FNV-1a of its place and its content, which are stable across
    /// machines and versions, unlike std's hasher).
    pub fn derived(place: &str, content: &str) -> Self {
        let mut hash: u32 = 0x811c_9dc5;
        for byte in place.bytes().chain([0]).chain(content.bytes()) {
            hash ^= u32::from(byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
        Self::nonzero(hash)
    }

    fn nonzero(value: u32) -> Self {
        Self(value.max(1))
    }
}

/// An item of a list that carries an [`ItemId`].
pub trait HasItemId: Serialize {
    fn id(&self) -> ItemId;
    fn item_id(&mut self) -> &mut ItemId;
}

/// Names the field that holds a type's [`ItemId`].
#[macro_export]
macro_rules! has_item_id {
    ($($type:ty),*) => {$(
        impl $crate::model::item_id::HasItemId for $type {
            fn id(&self) -> $crate::model::item_id::ItemId {
                self.id
            }
            fn item_id(&mut self) -> &mut $crate::model::item_id::ItemId {
                &mut self.id
            }
        }
    )*};
}

/// Gives every item of `items` without an id (or with an id an earlier item
/// of the list has) one: fresh when `place` is `None` (items just made),
/// derived from `place` (the list) and the item's content otherwise — not
/// its position, so two copies of an old file edited apart (one deleting an
/// item, the other editing a later one) still agree on the items neither
/// changed; an item both edited apart reads as two, kept side by side.
pub fn give_ids<T: HasItemId>(items: &mut [T], place: Option<&str>) {
    let mut taken = std::collections::HashSet::new();
    for item in items.iter_mut() {
        let id = *item.item_id();
        if !id.is_unset() && taken.insert(id) {
            continue;
        }
        let mut new = match place {
            None => ItemId::fresh(),
            Some(place) => {
                *item.item_id() = ItemId::default();
                let content = serde_json::to_string(item).unwrap_or_default();
                ItemId::derived(place, &content)
            }
        };
        while !taken.insert(new) {
            new = ItemId::nonzero(new.0.wrapping_add(1));
        }
        *item.item_id() = new;
    }
}

/// True when every item of `items` has an id no other has.
pub fn all_given<T: HasItemId>(items: &[T]) -> bool {
    let mut taken = std::collections::HashSet::new();
    items.iter().all(|item| {
        let id = item.id();
        !id.is_unset() && taken.insert(id)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Serialize)]
    struct Item {
        id: ItemId,
        text: &'static str,
    }

    crate::has_item_id!(Item);

    fn items() -> Vec<Item> {
        ["a", "b", "a"]
            .map(|text| Item {
                id: ItemId::default(),
                text,
            })
            .to_vec()
    }

    #[test]
    fn ids_read_from_one_file_are_the_same_on_every_machine_and_distinct() {
        let (mut mine, mut theirs) = (items(), items());
        give_ids(&mut mine, Some("program 3/indicators"));
        give_ids(&mut theirs, Some("program 3/indicators"));
        let ids = |items: &[Item]| items.iter().map(|i| i.id).collect::<Vec<_>>();
        assert_eq!(ids(&mine), ids(&theirs));
        assert!(all_given(&mine));
        // Fixed forever: files already read with it keep their ids.
        assert_eq!(ItemId::derived("x", "y"), ItemId(0xca7c_18b4));
    }

    #[test]
    fn new_items_get_fresh_ids_and_given_ids_stay() {
        let mut list = items();
        list[1].id = ItemId(7);
        list[2].id = ItemId(7);
        give_ids(&mut list, None);
        assert_eq!(list[1].id, ItemId(7));
        assert!(all_given(&list), "the second 7 got another id");
    }
}
