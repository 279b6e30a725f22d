"""Appointments: staff open slots and follow bookings; newcomers book without an account."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.sms import international_number

from .. import services
from ..access import works_at
from ..forms import BookingForm, SlotForm
from ..models import Appointment, Centre, Slot
from ..queries import centre_appointments, open_slots
from ..services.appointments import appointment_from_token, places_left
from .common import add_errors, counter_required


@counter_required
def appointments(request):
    centres = [m.centre for m in request.user.centre_memberships.select_related("centre")]
    form = SlotForm(request.POST or None)
    if request.method == "POST" and centres and form.is_valid():
        centre = next((c for c in centres if str(c.pk) == request.POST.get("centre")), centres[0])
        try:
            services.create_slot(request.user, centre, request=request, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("The slot is open for booking."))
            return redirect("casework:appointments")
    return render(
        request,
        "casework/appointments.html",
        {
            "appointments": centre_appointments(request.user)[:200],
            "form": form,
            "centres": centres,
        },
    )


ACTIONS = {
    "confirm": lambda user, a, request: services.confirm_appointment(a, user=user, request=request),
    "attended": lambda user, a, request: services.mark_attended(user, a, request=request),
    "no-show": lambda user, a, request: services.mark_no_show(user, a, request=request),
    "cancel": lambda user, a, request: services.cancel_appointment(a, user=user, request=request),
}


@counter_required
@require_POST
def appointment_action(request, pk, action):
    appointment = get_object_or_404(Appointment.objects.select_related("slot"), pk=pk)
    try:
        ACTIONS[action](request.user, appointment, request)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("casework:appointments")


def book(request):
    """Public: the centres and their free times."""
    centres = Centre.objects.prefetch_related("slots").order_by("name")
    rows = [(centre, [slot for slot in open_slots(centre)[:30]]) for centre in centres]
    return render(request, "casework/book.html", {"rows": rows})


def book_slot(request, slot_pk):
    slot = get_object_or_404(Slot.objects.select_related("centre"), pk=slot_pk)
    form = BookingForm(request.POST or None, centre=slot.centre, language=get_language())
    if request.method == "POST" and form.is_valid():
        user = (
            request.user if request.user.is_authenticated and works_at(request.user, slot.centre_id) else None
        )
        try:
            appointment = services.book_appointment(
                slot, language=get_language(), user=user, request=request, **form.cleaned_data
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            texted = international_number(appointment.phone) is not None
            return render(
                request, "casework/booking_received.html", {"appointment": appointment, "texted": texted}
            )
    return render(request, "casework/book_slot.html", {"slot": slot, "form": form, "left": places_left(slot)})


def booking_confirm(request, token):
    appointment = appointment_from_token(token)
    if appointment is None:
        return render(request, "casework/booking_invalid.html", status=404)
    if request.method == "POST":
        try:
            services.confirm_appointment(appointment, request=request)
        except ValidationError as error:
            return render(request, "casework/booking_invalid.html", {"errors": error.messages}, status=400)
        return render(request, "casework/booking_done.html", {"appointment": appointment, "confirmed": True})
    return render(request, "casework/booking_answer.html", {"appointment": appointment, "confirm": True})


def booking_cancel(request, token):
    appointment = appointment_from_token(token)
    if appointment is None:
        return render(request, "casework/booking_invalid.html", status=404)
    if request.method == "POST":
        try:
            services.cancel_appointment(appointment, request=request)
        except ValidationError as error:
            return render(request, "casework/booking_invalid.html", {"errors": error.messages}, status=400)
        return render(request, "casework/booking_done.html", {"appointment": appointment, "confirmed": False})
    return render(request, "casework/booking_answer.html", {"appointment": appointment, "confirm": False})
