//! What the pen draws besides text: frames, dots and bars (artifacts, not
//! content, for screen readers), pictures as the PDF embeds them, and the
//! text a PDF reader reads back for a right-to-left line.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Rect};
use krilla::image::Image;
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag};

use super::{Colour, FRAME};
use crate::model::{Picture, PictureFormat};

pub(super) fn frame(surface: &mut Surface<'_>, rect: Option<Rect>) {
    let Some(rect) = rect else { return };
    artifact(surface, |surface| {
        let mut path = PathBuilder::new();
        path.push_rect(rect);
        if let Some(path) = path.finish() {
            surface.set_fill(None);
            surface.set_stroke(Some(Stroke {
                paint: rgb::Color::new(FRAME.0, FRAME.1, FRAME.2).into(),
                width: 0.75,
                ..Default::default()
            }));
            surface.draw_path(&path);
            surface.set_stroke(None);
        }
    });
}

/// Drawing that is not content (bullets, bars, frames).
pub(super) fn artifact(surface: &mut Surface<'_>, draw: impl FnOnce(&mut Surface<'_>)) {
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
        ArtifactType::Layout,
    )));
    draw(surface);
    surface.end_tagged();
}

/// `picture` as the PDF embeds it, with its width per unit of height;
/// `None` for bytes that are not a picture (a hand-edited file).
pub(super) fn pdf_image(picture: &Picture) -> Option<(Image, f32)> {
    // Not a picture, or one claiming more pixels than Carta ever keeps:
    // left out rather than decoded.
    let (width, height) = crate::store::picture::drawable_size(picture)?;
    let bytes: std::sync::Arc<dyn AsRef<[u8]> + Send + Sync> =
        std::sync::Arc::new(picture.bytes.clone());
    let image = match picture.format {
        PictureFormat::Png => Image::from_png(bytes.into(), true),
        PictureFormat::Jpeg => Image::from_jpeg(bytes.into(), true),
    }
    .ok()?;
    Some((image, width as f32 / height as f32))
}

pub(super) fn fill(colour: Colour) -> Fill {
    Fill {
        paint: rgb::Color::new(colour.0, colour.1, colour.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

pub(super) fn fill_rect(surface: &mut Surface<'_>, rect: Rect, colour: Colour) {
    let mut path = PathBuilder::new();
    path.push_rect(rect);
    if let Some(path) = path.finish() {
        surface.set_fill(Some(fill(colour)));
        surface.draw_path(&path);
    }
}

/// A filled circle, as four Bézier quarters.
pub(super) fn dot(surface: &mut Surface<'_>, x: f32, y: f32, radius: f32, colour: Colour) {
    // The control points' distance for a quarter circle.
    let k = radius * 0.552_284_8;
    let mut path = PathBuilder::new();
    path.move_to(x + radius, y);
    path.cubic_to(x + radius, y + k, x + k, y + radius, x, y + radius);
    path.cubic_to(x - k, y + radius, x - radius, y + k, x - radius, y);
    path.cubic_to(x - radius, y - k, x - k, y - radius, x, y - radius);
    path.cubic_to(x + k, y - radius, x + radius, y - k, x + radius, y);
    path.close();
    if let Some(path) = path.finish() {
        surface.set_fill(Some(fill(colour)));
        surface.draw_path(&path);
    }
}
