package com.minerdesk.web;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A HEAD request is answered as the GET of the same address would be (status, headers, length),
 * without the body: feed readers and link checkers rely on it. The handlers downstream see a GET;
 * Jetty's HTTP layer knows the request was HEAD and leaves the body out.
 */
public final class HeadRequests extends Handler.Wrapper {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!HttpMethod.HEAD.is(request.getMethod())) {
            return super.handle(request, response, callback);
        }
        return super.handle(new Request.Wrapper(request) {
            @Override
            public String getMethod() {
                return HttpMethod.GET.asString();
            }
        }, response, callback);
    }
}
