"""Participation API at /api/participation/: public reads and filings need no account; the
desk's work needs its role; a requester sees their case only through its private token or
their account. Endpoints are thin: reads from participation.queries, writes through services.
The operations are grouped in three modules, mounted here on one router."""

from ninja import Router

from . import api_community, api_consultations, api_desk

router = Router()
router.add_router("", api_desk.router)
router.add_router("", api_consultations.router)
router.add_router("", api_community.router)
