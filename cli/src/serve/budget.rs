//! The bytes of request bodies held at once, across every connection: a body is taken only
//! while it fits, and only while it is at most half of what is free, so that large bodies
//! never crowd out small ones. A body whose length is declared is weighed before any of it is
//! read; one sent in chunks is weighed as it arrives. The bytes stay counted until the check
//! has read them and dropped them.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::task::{Context, Poll};

use axum::body::{Body, Bytes, HttpBody};
use hyper::body::{Frame, SizeHint};

/// The bytes of bodies held, and how many may be.
#[derive(Debug)]
pub struct Budget {
    limit: usize,
    used: AtomicUsize,
}

impl Budget {
    pub fn new(limit: usize) -> Budget {
        Budget {
            limit,
            used: AtomicUsize::new(0),
        }
    }

    /// The bytes held now, across every body.
    #[cfg(test)]
    pub fn used(&self) -> usize {
        self.used.load(Ordering::SeqCst)
    }

    /// Takes `extra` more bytes for a body that already holds `held`: granted when the body's
    /// bytes, `extra` included, are at most half of what the other bodies leave free.
    fn take(&self, held: &AtomicUsize, extra: usize) -> bool {
        let mut used = self.used.load(Ordering::SeqCst);
        loop {
            let mine = held.load(Ordering::SeqCst);
            let free = self.limit.saturating_sub(used.saturating_sub(mine));
            let Some(wanted) = mine.checked_add(extra) else {
                return false;
            };
            if wanted > free / 2 {
                return false;
            }
            match self
                .used
                .compare_exchange(used, used + extra, Ordering::SeqCst, Ordering::SeqCst)
            {
                Ok(_) => {
                    held.fetch_add(extra, Ordering::SeqCst);
                    return true;
                }
                Err(now) => used = now,
            }
        }
    }
}

/// The bytes one body holds of the budget, given back when the last handle is dropped: after
/// the check has read the upload and dropped it.
#[derive(Debug)]
pub struct Held {
    budget: Arc<Budget>,
    bytes: AtomicUsize,
}

impl Held {
    pub fn new(budget: &Arc<Budget>) -> Arc<Held> {
        Arc::new(Held {
            budget: Arc::clone(budget),
            bytes: AtomicUsize::new(0),
        })
    }

    /// Takes `extra` more bytes for this body; false when they do not fit.
    pub fn take(&self, extra: usize) -> bool {
        self.budget.take(&self.bytes, extra)
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        let bytes = *self.bytes.get_mut();
        self.budget.used.fetch_sub(bytes, Ordering::SeqCst);
    }
}

/// A request body weighed against the budget as it arrives. Its length declared, it was
/// weighed whole before (`prepaid`); otherwise each chunk is, and one that does not fit ends
/// the body with an error and sets `over`.
pub struct Weighed {
    inner: Body,
    held: Arc<Held>,
    prepaid: bool,
    over: Arc<AtomicBool>,
}

impl Weighed {
    pub fn body(inner: Body, held: Arc<Held>, prepaid: bool, over: Arc<AtomicBool>) -> Body {
        Body::new(Weighed {
            inner,
            held,
            prepaid,
            over,
        })
    }
}

impl HttpBody for Weighed {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        if self.over.load(Ordering::SeqCst) {
            return Poll::Ready(Some(Err(axum::Error::new(NoRoom))));
        }
        let frame = Pin::new(&mut self.inner).poll_frame(cx);
        if self.prepaid {
            return frame;
        }
        if let Poll::Ready(Some(Ok(frame))) = &frame {
            if let Some(data) = frame.data_ref() {
                if !self.held.take(data.len()) {
                    self.over.store(true, Ordering::SeqCst);
                    return Poll::Ready(Some(Err(axum::Error::new(NoRoom))));
                }
            }
        }
        frame
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// The error that ends a body the budget has no room for.
#[derive(Debug)]
struct NoRoom;

impl std::fmt::Display for NoRoom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the bodies being received fill the server's budget")
    }
}

impl std::error::Error for NoRoom {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_takes_at_most_half_of_what_is_free_and_gives_it_back_when_dropped() {
        let budget = Arc::new(Budget::new(100));
        let a = Held::new(&budget);
        assert!(!a.take(51));
        assert!(a.take(50));
        assert_eq!(budget.used(), 50);
        // 50 free: a second body takes at most 25, a streamed one in steps.
        let b = Held::new(&budget);
        assert!(!b.take(26));
        assert!(b.take(20));
        assert!(b.take(5));
        assert!(!b.take(1));
        assert_eq!(budget.used(), 75);
        // The first body, counting its own 50, may grow to half of the 75 the second leaves.
        assert!(!a.take(1));
        drop(b);
        assert_eq!(budget.used(), 50);
        drop(a);
        assert_eq!(budget.used(), 0);
        let c = Held::new(&budget);
        assert!(!c.take(usize::MAX));
        assert!(c.take(50));
    }
}
