package id.wilayah.admin.forms;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link ExpiredViewHandler} in front of Faces' own exception handling (registered in faces-config.xml). */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {
    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }
}
