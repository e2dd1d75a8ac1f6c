//! Where the city's pictures go on the title and closing slides, in slide
//! units (a slide is 720 tall): shared by the screen and the handout.

/// The logo's height; a wide logo is kept within `LOGO_WIDEST`.
const LOGO_HEIGHT: f32 = 84.0;
const LOGO_WIDEST: f32 = 300.0;
/// From the slide's top left to the logo's.
const LOGO_INSET: f32 = 36.0;
/// The white card under a logo standing on the photo, around it.
pub const LOGO_CARD_PAD: f32 = 10.0;
/// Kept free under the logo before the title block.
pub const LOGO_GAP: f32 = 24.0;
/// How dark the veil over the cover photo is (of 255): white type on it
/// keeps a contrast of at least 4.5:1 over a white sky.
pub const VEIL: u8 = 150;

/// The logo's place for a picture `aspect` wide per unit high: left, top,
/// width, height.
pub fn logo_place(aspect: f32) -> [f32; 4] {
    let aspect = aspect.clamp(0.1, 10.0);
    let (width, height) = if LOGO_HEIGHT * aspect > LOGO_WIDEST {
        (LOGO_WIDEST, LOGO_WIDEST / aspect)
    } else {
        (LOGO_HEIGHT * aspect, LOGO_HEIGHT)
    };
    [LOGO_INSET, LOGO_INSET, width, height]
}

/// The part of a photo `picture` wide per unit high that fills a slide
/// `slide` wide per unit high without stretching it, as fractions of the
/// photo: left, top, right, bottom (its middle kept).
pub fn cover_crop(picture: f32, slide: f32) -> [f32; 4] {
    let (picture, slide) = (picture.max(0.01), slide.max(0.01));
    if picture > slide {
        let kept = slide / picture;
        [(1.0 - kept) / 2.0, 0.0, (1.0 + kept) / 2.0, 1.0]
    } else {
        let kept = picture / slide;
        [0.0, (1.0 - kept) / 2.0, 1.0, (1.0 + kept) / 2.0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_photo_is_cut_to_the_slide_s_shape_around_its_middle() {
        // A 4:3 photo on a 16:9 slide loses a band at the top and the bottom.
        let [left, top, right, bottom] = cover_crop(4.0 / 3.0, 16.0 / 9.0);
        assert_eq!((left, right), (0.0, 1.0));
        assert!((top - 0.125).abs() < 1e-5 && (bottom - 0.875).abs() < 1e-5);
        // A panorama on a 4:3 projector loses its sides.
        let [left, top, right, bottom] = cover_crop(3.0, 4.0 / 3.0);
        assert_eq!((top, bottom), (0.0, 1.0));
        assert!(left > 0.0 && right < 1.0 && ((left + right) / 2.0 - 0.5).abs() < 1e-5);
    }

    #[test]
    fn a_wide_logo_is_kept_narrow_enough_and_a_tall_one_short_enough() {
        assert_eq!(logo_place(1.0), [LOGO_INSET, LOGO_INSET, 84.0, 84.0]);
        let [_, _, width, height] = logo_place(6.0);
        assert_eq!(width, LOGO_WIDEST);
        assert!((height - 50.0).abs() < 1e-4);
    }
}
