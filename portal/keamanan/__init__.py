"""Security of what the portal sends: response headers (CSP for the public site and for the
admin, Permissions-Policy) and who may download a document (README "Security headers")."""
