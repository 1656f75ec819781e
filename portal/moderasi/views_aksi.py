"""The dashboard's workflow action view, telling the reviewer what their decision did.

Wagtail's modal view (`WorkflowActionView`) performs the action and redirects without a word:
a reviewer who clicked "Layak tayang" in the inbox could not tell whether the item went live or
waits for working hours. This subclass adds the SOP task's success message; `apps.py` installs
it as the base page viewset's workflow action view (the view class is a viewset attribute; every
page type uses the base page viewset here: a page type given a PageViewSet of its own must set
it too). Delete when Wagtail's modal view says what an action did."""

from wagtail.admin import messages
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.models import Page, TaskState


class AksiAlurSOPView(WorkflowActionView):
    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        task_state = TaskState.objects.get(pk=self.task_state.pk)
        tugas = self.task
        if task_state.status != TaskState.STATUS_IN_PROGRESS and hasattr(tugas, "pesan_hasil"):
            obj = Page.objects.get(pk=self.object.pk).specific
            if pesan := tugas.pesan_hasil(obj, self.action_name):
                messages.success(request, pesan)
        return response
