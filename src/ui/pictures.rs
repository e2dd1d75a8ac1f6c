//! The profile's pictures (logo, cover photo) as textures for egui: each
//! decoded once and kept while it is shown, not at every frame.

use std::sync::{Arc, Mutex, PoisonError};

use egui::{Context, TextureHandle};

use crate::model::Picture;

/// Pictures kept at most: a profile has two; a few more cover undo and redo.
const KEPT: usize = 6;

#[derive(Default)]
struct Textures {
    /// The picture's bytes (kept alive, so their address names them), its
    /// texture (`None`: the bytes are not a picture) and when it was last used.
    entries: Vec<(Arc<[u8]>, Option<TextureHandle>, u64)>,
}

/// `picture` as a texture, or `None` when its bytes are not a picture (a
/// hand-edited file).
pub fn texture(ctx: &Context, picture: &Picture) -> Option<TextureHandle> {
    let cache = ctx.data_mut(|data| {
        data.get_temp_mut_or_default::<Arc<Mutex<Textures>>>(egui::Id::unique(
            "carta picture textures",
        ))
        .clone()
    });
    let mut cache = cache.lock().unwrap_or_else(PoisonError::into_inner);
    let frame = ctx.cumulative_frame_nr();
    // A picture removed or replaced lets its texture go once it has not
    // been shown for a while.
    cache.entries.retain(|entry| entry.2 + 600 >= frame);
    if let Some(entry) =
        (cache.entries.iter_mut()).find(|(bytes, ..)| Arc::ptr_eq(bytes, &picture.bytes))
    {
        entry.2 = frame;
        return entry.1.clone();
    }
    let texture = crate::store::picture::pixels(picture).map(|(width, height, rgba)| {
        let image =
            egui::ColorImage::from_rgba_unmultiplied([width as usize, height as usize], &rgba);
        ctx.load_texture("carta picture", image, egui::TextureOptions::LINEAR)
    });
    if cache.entries.len() >= KEPT {
        // The one shown longest ago goes.
        if let Some(oldest) = (0..cache.entries.len()).min_by_key(|&at| cache.entries[at].2) {
            cache.entries.swap_remove(oldest);
        }
    }
    cache
        .entries
        .push((picture.bytes.clone(), texture.clone(), frame));
    texture
}
