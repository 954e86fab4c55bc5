"""Publishing policies as a static web site: a page per policy and a comparison of them all.

:func:`~dpvconv.publish.site.publish` is what ``dpvconv publish`` calls; see docs/publishing.md.
"""

from __future__ import annotations

from dpvconv.publish.site import PublishError, Site, build_site, publish

__all__ = ["PublishError", "Site", "build_site", "publish"]
