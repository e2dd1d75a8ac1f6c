//! The city's logo or cover photo, chosen by the officer: read and made
//! small on a thread of its own (a phone's photo takes a moment to decode),
//! then put into the profile it was chosen for — not into another one the
//! officer opened meanwhile.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::model::{Picture, PictureRole};
use crate::store::picture::PictureError;
use crate::{msg, tr};

use super::CartaApp;

/// A picture on its way into the profile.
#[derive(Default)]
pub struct PictureWork {
    /// The session the officer was in when they asked to choose a picture.
    pub asked_for: Option<u64>,
    /// The picture being prepared: what for, from which file, for which
    /// session, and where the result comes.
    preparing: Option<Preparing>,
}

struct Preparing {
    role: PictureRole,
    path: PathBuf,
    session: u64,
    result: mpsc::Receiver<Result<Picture, PictureError>>,
}

impl CartaApp {
    /// The file `path` chosen as the logo or the cover photo: prepared on a
    /// worker thread, taken by [`Self::poll_picture`].
    pub(super) fn take_picture(&mut self, role: PictureRole, path: &Path) {
        let Some(session) = self.picture.asked_for.take() else {
            return;
        };
        if session != self.session.id {
            // Another profile was opened while the dialog was up.
            self.say(msg!("status-picture-other-profile"));
            return;
        }
        let (sender, result) = mpsc::channel();
        let file = path.to_owned();
        let spawned = std::thread::Builder::new()
            .name("picture".to_owned())
            .spawn(move || {
                sender.send(crate::store::picture::read(&file, role)).ok();
            });
        if spawned.is_err() {
            let reason = crate::store::IoReason::Other("no thread".to_owned());
            self.picture_failed(path, &PictureError::Unreadable(reason));
            return;
        }
        self.say(msg!("status-picture-preparing"));
        self.picture.preparing = Some(Preparing {
            role,
            path: path.to_owned(),
            session,
            result,
        });
    }

    /// A prepared picture goes into the profile it was chosen for, as one
    /// undoable step; a file that is no picture is said so.
    pub(super) fn poll_picture(&mut self, ctx: &egui::Context) {
        let Some(preparing) = &self.picture.preparing else {
            return;
        };
        let outcome = match preparing.result.try_recv() {
            Ok(outcome) => outcome,
            Err(mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
                return;
            }
            Err(mpsc::TryRecvError::Disconnected) => Err(PictureError::NotAPicture),
        };
        let Some(Preparing {
            role,
            path,
            session,
            ..
        }) = self.picture.preparing.take()
        else {
            return;
        };
        match outcome {
            Ok(_) if session != self.session.id => {
                self.say(msg!("status-picture-other-profile"));
            }
            Ok(picture) => {
                *self.session.document.city.picture_mut(role) = Some(picture);
                let session = &mut self.session;
                let now = ctx.input(|input| input.time);
                session.history.record_edit(&session.document, now, true);
                self.say(msg!(match role {
                    PictureRole::Logo => "status-logo-set",
                    PictureRole::Cover => "status-cover-set",
                }));
            }
            Err(error) => self.picture_failed(&path, &error),
        }
    }

    fn picture_failed(&mut self, path: &Path, error: &PictureError) {
        let file = path.display().to_string();
        let title = tr!(self.words, "alert-picture-failed");
        let message = error.describe(&file, self.words);
        self.status = None;
        self.alert(title, message);
    }
}
